/**
 * Mail intake and sending: mailboxes and their passwords, fetching into the incoming list, reading
 * and dismissing messages, importing saved {@code .eml} files, and sending a case's letters.
 */
@NullMarked
package com.privacydesk.app.mail;

import org.jspecify.annotations.NullMarked;
