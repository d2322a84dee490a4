package com.privacydesk.app.port;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.mail.Dismissal;
import com.privacydesk.domain.mail.ReceivedSource;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A message in the incoming mail list, as stored. While it is new it carries its sender, subject,
 * preview and (in a detail read) its text; once handled those are gone (or kept until {@code
 * textKeptUntil}) and only the evidence of receipt stays.
 *
 * @param mailboxId null for a message imported from a saved file
 * @param rawSha256 null only for a message too large to download
 * @param bodyText null in list reads and once handled
 * @param problem {@code TOO_LARGE} or {@code MALFORMED}, or null
 */
public record IncomingMail(
    long id,
    @Nullable Long mailboxId,
    @Nullable String mailboxName,
    @Nullable Long uidValidity,
    @Nullable Long uid,
    @Nullable String messageId,
    @Nullable String rawSha256,
    long sizeBytes,
    Instant receivedAt,
    ReceivedSource receivedSource,
    @Nullable String dateHeader,
    boolean designated,
    @Nullable String from,
    @Nullable String to,
    @Nullable String subject,
    @Nullable String preview,
    @Nullable String bodyText,
    int attachments,
    @Nullable String problem,
    @Nullable CaseType suggestedType,
    @Nullable String suggestedBy,
    Status status,
    @Nullable Dismissal dismissal,
    @Nullable Long convertedCase,
    @Nullable Long duplicateOf,
    Instant fetchedAt,
    @Nullable Instant handledAt,
    @Nullable Instant textKeptUntil,
    boolean serverMoved) {
  /** Where a message stands. */
  public enum Status {
    NEW,
    CONVERTED,
    DISMISSED
  }

  /** Too large to download: only its headers were read. */
  public static final String TOO_LARGE = "TOO_LARGE";

  /** Not readable as MIME: its evidence is kept, its text could not be shown. */
  public static final String MALFORMED = "MALFORMED";
}
