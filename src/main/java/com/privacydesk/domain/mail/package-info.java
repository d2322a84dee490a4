/**
 * Mail intake rules: the supervisors' keyword table that suggests a request type for a message,
 * mailbox settings and their validation, and how a handled message is dismissed.
 */
@NullMarked
package com.privacydesk.domain.mail;

import org.jspecify.annotations.NullMarked;
