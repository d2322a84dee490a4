package com.privacydesk.app.port;

import com.privacydesk.domain.mail.MailboxSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The mail servers: a mailbox's folder read over IMAP, letters sent over SMTP. */
public interface MailServer {
  /** Connects to the mailbox's folder (TLS or STARTTLS, never in clear) and signs in. */
  Inbox open(MailboxSettings box, String password);

  /** Connects to the mailbox's SMTP server and signs in, then hangs up (a settings check). */
  void checkSmtp(MailboxSettings box, String password);

  /** Sends a message from the mailbox's sender; returns the Message-ID it carried. */
  String send(MailboxSettings box, String password, Outgoing message);

  /** An open folder. */
  interface Inbox extends AutoCloseable {
    /** The folder's UIDVALIDITY: UIDs are only comparable under the same one. */
    long uidValidity();

    /** The UIDs above {@code uid}, ascending. */
    List<Long> uidsAfter(long uid);

    /**
     * One message: downloaded whole when at most {@code maxBytes}, else only its headers. Null when
     * it is gone (moved or deleted by someone else since it was listed).
     */
    @Nullable Fetched fetch(long uid, long maxBytes);

    /** Moves messages (by UID) to the folder {@code PrivacyDesk/handled}, made when missing. */
    void moveToHandled(List<Long> uids);

    @Override
    void close();
  }

  /**
   * A message as the server gave it.
   *
   * @param raw null when it was larger than the limit
   * @param headers the header fields, read from the server, when {@code raw} is null
   */
  @SuppressWarnings("ArrayRecordComponent") // the message's bytes, handed over once
  record Fetched(
      long uid,
      Instant serverReceived,
      long size,
      byte @Nullable [] raw,
      @Nullable ReadMessage headers) {}

  /**
   * A message to send: its text, and one PDF attached.
   *
   * @param headers extra header fields (none personal)
   */
  @SuppressWarnings("ArrayRecordComponent") // the PDF, handed over once
  record Outgoing(
      String to,
      String subject,
      String body,
      String attachmentName,
      byte[] attachment,
      Map<String, String> headers,
      Instant date) {}
}
