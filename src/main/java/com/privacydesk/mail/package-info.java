/**
 * The mail adapter: IMAP and SMTP through Jakarta Mail (Eclipse Angus), MIME reading (jsoup turns
 * HTML-only messages into text), and the workstation's owner-only file of mailbox passwords. It
 * implements {@code app.port} interfaces; only {@code Services} builds it.
 */
@NullMarked
package com.privacydesk.mail;

import org.jspecify.annotations.NullMarked;
