package com.privacydesk.app.port;

import com.privacydesk.domain.mail.Dismissal;
import com.privacydesk.domain.mail.MailboxSettings;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Mailboxes, the incoming mail list, cases' receipts and letters sent by email. */
public interface MailRepository {
  /** Every mailbox, by name. */
  List<MailboxSettings> mailboxes();

  Optional<MailboxSettings> mailbox(long id);

  /** Stores a new mailbox; returns its id. */
  long insertMailbox(MailboxSettings m, long by, Instant at);

  void updateMailbox(MailboxSettings m, long by, Instant at);

  /** The highest UID stored for a mailbox under one UIDVALIDITY, or 0. */
  long lastUid(long mailboxId, long uidValidity);

  /** Whether a message with this SHA-256 is already in the list (handled or not). */
  boolean knownSha(String sha256);

  /**
   * Stores a message; empty when the same mailbox UID was stored already (another workstation
   * fetched it first): nothing is stored twice.
   */
  Optional<Long> insertIncoming(IncomingMail m, long by);

  /** The messages not handled yet, oldest first, without their text. */
  List<IncomingMail> unhandled(int limit);

  /** One message with its text (while it is kept). */
  Optional<IncomingMail> incoming(long id);

  /**
   * Marks a new message handled; clears its sender, recipients, subject, preview and text unless
   * {@code keepTextUntil} is given. False when it was not new any more (someone handled it first).
   */
  boolean handle(
      long id,
      IncomingMail.Status status,
      @Nullable Dismissal dismissal,
      @Nullable Long caseId,
      @Nullable Long duplicateOf,
      long by,
      Instant at,
      @Nullable Instant keepTextUntil);

  /** Handled messages of a mailbox still in its folder on the server: id → UID. */
  java.util.Map<Long, Long> handledNotMoved(long mailboxId, long uidValidity);

  void markMoved(List<Long> ids);

  /** Handled messages whose kept text is due to go. */
  List<Long> keptTextDue(Instant now);

  void clearKeptText(List<Long> ids);

  /** The evidence of receipt a case made from a message keeps (sealed with the case). */
  void insertReceipt(long caseId, IncomingMail m);

  /** A case's evidence of receipt, if it was made from a message. */
  Optional<Receipt> receipt(long caseId);

  /** A case's evidence of receipt. */
  record Receipt(
      long incomingId,
      @Nullable String mailbox,
      @Nullable String messageId,
      Instant receivedAt,
      com.privacydesk.domain.mail.ReceivedSource source,
      @Nullable String rawSha256) {}

  /** Records a letter sent by email. */
  void insertLetterEmail(LetterEmail e);

  /** How a letter was sent by email, if it was. */
  Optional<LetterEmail> letterEmail(long letterId);

  /** A letter sent by email: the server's Message-ID, when, from which mailbox, the PDF's hash. */
  record LetterEmail(
      long letterId,
      long caseId,
      long mailboxId,
      String messageId,
      @Nullable String sentTo,
      String pdfSha256,
      Instant sentAt,
      long sentBy) {}
}
