package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CASE_MAIL_RECEIPT;
import static com.privacydesk.persistence.generated.Tables.INCOMING_MAIL;
import static com.privacydesk.persistence.generated.Tables.LETTER_EMAIL;
import static com.privacydesk.persistence.generated.Tables.MAILBOX;

import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.app.port.MailRepository;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.mail.Dismissal;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.ReceivedSource;
import com.privacydesk.domain.mail.Security;
import com.privacydesk.persistence.generated.tables.records.IncomingMailRecord;
import com.privacydesk.persistence.generated.tables.records.MailboxRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/** Mailboxes, the incoming mail list, receipts and emailed letters, with jOOQ. */
final class JooqMailRepository implements MailRepository {
  /** The columns of a list read: everything but the text. */
  private static final List<Field<?>> WITHOUT_TEXT =
      java.util.Arrays.stream(INCOMING_MAIL.fields())
          .filter(f -> !f.equals(INCOMING_MAIL.BODY_TEXT))
          .toList();

  private final DSLContext dsl;

  JooqMailRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<MailboxSettings> mailboxes() {
    return dsl.selectFrom(MAILBOX).orderBy(MAILBOX.NAME).fetch(JooqMailRepository::mailbox);
  }

  @Override
  public Optional<MailboxSettings> mailbox(long id) {
    return dsl.selectFrom(MAILBOX)
        .where(MAILBOX.ID.eq(id))
        .fetchOptional()
        .map(JooqMailRepository::mailbox);
  }

  private static MailboxSettings mailbox(MailboxRecord r) {
    return new MailboxSettings(
        r.getId(),
        r.getName(),
        r.getImapHost(),
        r.getImapPort(),
        Security.valueOf(r.getImapSecurity()),
        r.getFolder(),
        r.getAccount(),
        r.getDesignated(),
        r.getSmtpHost(),
        r.getSmtpPort() == null ? 0 : r.getSmtpPort(),
        r.getSmtpSecurity() == null ? Security.STARTTLS : Security.valueOf(r.getSmtpSecurity()),
        r.getSenderAddress(),
        r.getSenderName(),
        r.getEnabled());
  }

  private MailboxRecord record(MailboxSettings m, long by, Instant at) {
    MailboxRecord r = dsl.newRecord(MAILBOX);
    r.setName(m.name().strip());
    r.setImapHost(m.imapHost().strip());
    r.setImapPort(m.imapPort());
    r.setImapSecurity(m.imapSecurity().name());
    r.setFolder(m.folder().strip());
    r.setAccount(m.account().strip());
    r.setDesignated(m.designated());
    boolean sends = m.sends();
    r.setSmtpHost(sends ? m.smtpHost().strip() : null);
    r.setSmtpPort(sends ? m.smtpPort() : null);
    r.setSmtpSecurity(sends ? m.smtpSecurity().name() : null);
    r.setSenderAddress(sends ? strip(m.senderAddress()) : null);
    r.setSenderName(sends ? strip(m.senderName()) : null);
    r.setEnabled(m.enabled());
    r.setUpdatedAt(Timestamps.toDb(at));
    r.setUpdatedBy(by);
    return r;
  }

  private static @Nullable String strip(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public long insertMailbox(MailboxSettings m, long by, Instant at) {
    MailboxRecord r = record(m, by, at);
    return dsl.insertInto(MAILBOX).set(r).returning(MAILBOX.ID).fetchSingle().getId();
  }

  @Override
  public void updateMailbox(MailboxSettings m, long by, Instant at) {
    MailboxRecord r = record(m, by, at);
    dsl.update(MAILBOX).set(r).where(MAILBOX.ID.eq(m.id())).execute();
  }

  @Override
  public long lastUid(long mailboxId, long uidValidity) {
    Long max =
        dsl.select(org.jooq.impl.DSL.max(INCOMING_MAIL.UID))
            .from(INCOMING_MAIL)
            .where(INCOMING_MAIL.MAILBOX_ID.eq(mailboxId))
            .and(INCOMING_MAIL.UID_VALIDITY.eq(uidValidity))
            .fetchOne(0, Long.class);
    return max == null ? 0 : max;
  }

  @Override
  public boolean knownSha(String sha256) {
    return dsl.fetchExists(INCOMING_MAIL, INCOMING_MAIL.RAW_SHA256.eq(sha256));
  }

  @Override
  public Optional<Long> insertIncoming(IncomingMail m, long by) {
    IncomingMailRecord r = dsl.newRecord(INCOMING_MAIL);
    r.setMailboxId(m.mailboxId());
    r.setUidValidity(m.uidValidity());
    r.setUid(m.uid());
    r.setMessageId(m.messageId());
    r.setRawSha256(m.rawSha256());
    r.setSizeBytes(m.sizeBytes());
    r.setReceivedAt(Timestamps.toDb(m.receivedAt()));
    r.setReceivedSource(m.receivedSource().name());
    r.setDateHeader(m.dateHeader());
    r.setDesignated(m.designated());
    r.setFromAddress(m.from());
    r.setToAddresses(m.to());
    r.setSubject(m.subject());
    r.setPreview(m.preview());
    r.setBodyText(m.bodyText());
    r.setAttachments(m.attachments());
    r.setProblem(m.problem());
    r.setSuggestedType(m.suggestedType() == null ? null : m.suggestedType().name());
    r.setSuggestedBy(m.suggestedBy());
    r.setStatus(IncomingMail.Status.NEW.name());
    r.setFetchedAt(Timestamps.toDb(m.fetchedAt()));
    r.setFetchedBy(by);
    r.setServerMoved(false);
    if (m.mailboxId() == null) {
      return Optional.of(
          dsl.insertInto(INCOMING_MAIL).set(r).returning(INCOMING_MAIL.ID).fetchSingle().getId());
    }
    // another workstation may have stored this UID a moment ago: then nothing is stored here
    return dsl.insertInto(INCOMING_MAIL)
        .set(r)
        .onConflict(INCOMING_MAIL.MAILBOX_ID, INCOMING_MAIL.UID_VALIDITY, INCOMING_MAIL.UID)
        .doNothing()
        .returning(INCOMING_MAIL.ID)
        .fetchOptional()
        .map(IncomingMailRecord::getId);
  }

  @Override
  public List<IncomingMail> unhandled(int limit) {
    return dsl.select(WITHOUT_TEXT)
        .from(INCOMING_MAIL)
        .where(INCOMING_MAIL.STATUS.eq(IncomingMail.Status.NEW.name()))
        .orderBy(INCOMING_MAIL.RECEIVED_AT, INCOMING_MAIL.ID)
        .limit(limit)
        .fetch(r -> incoming(r.into(INCOMING_MAIL), names()));
  }

  private Map<Long, String> names() {
    Map<Long, String> m = new LinkedHashMap<>();
    dsl.select(MAILBOX.ID, MAILBOX.NAME).from(MAILBOX).forEach(r -> m.put(r.value1(), r.value2()));
    return m;
  }

  @Override
  public Optional<IncomingMail> incoming(long id) {
    return dsl.selectFrom(INCOMING_MAIL)
        .where(INCOMING_MAIL.ID.eq(id))
        .fetchOptional()
        .map(r -> incoming(r, names()));
  }

  private static IncomingMail incoming(IncomingMailRecord r, Map<Long, String> names) {
    return new IncomingMail(
        r.getId(),
        r.getMailboxId(),
        r.getMailboxId() == null ? null : names.get(r.getMailboxId()),
        r.getUidValidity(),
        r.getUid(),
        r.getMessageId(),
        r.getRawSha256(),
        r.getSizeBytes(),
        Timestamps.fromDb(r.getReceivedAt()),
        ReceivedSource.valueOf(r.getReceivedSource()),
        r.getDateHeader(),
        r.getDesignated(),
        r.getFromAddress(),
        r.getToAddresses(),
        r.getSubject(),
        r.getPreview(),
        r.getBodyText(),
        r.getAttachments(),
        r.getProblem(),
        r.getSuggestedType() == null ? null : CaseType.valueOf(r.getSuggestedType()),
        r.getSuggestedBy(),
        IncomingMail.Status.valueOf(r.getStatus()),
        r.getDismissal() == null ? null : Dismissal.valueOf(r.getDismissal()),
        r.getConvertedCase(),
        r.getDuplicateOfCase(),
        Timestamps.fromDb(r.getFetchedAt()),
        r.getHandledAt() == null ? null : Timestamps.fromDb(r.getHandledAt()),
        r.getTextKeptUntil() == null ? null : Timestamps.fromDb(r.getTextKeptUntil()),
        r.getServerMoved());
  }

  @Override
  public boolean handle(
      long id,
      IncomingMail.Status status,
      @Nullable Dismissal dismissal,
      @Nullable Long caseId,
      @Nullable Long duplicateOf,
      long by,
      Instant at,
      @Nullable Instant keepTextUntil) {
    var update =
        dsl.update(INCOMING_MAIL)
            .set(INCOMING_MAIL.STATUS, status.name())
            .set(INCOMING_MAIL.DISMISSAL, dismissal == null ? null : dismissal.name())
            .set(INCOMING_MAIL.CONVERTED_CASE, caseId)
            .set(INCOMING_MAIL.DUPLICATE_OF_CASE, duplicateOf)
            .set(INCOMING_MAIL.HANDLED_AT, Timestamps.toDb(at))
            .set(INCOMING_MAIL.HANDLED_BY, by)
            .set(
                INCOMING_MAIL.TEXT_KEPT_UNTIL,
                keepTextUntil == null ? null : Timestamps.toDb(keepTextUntil));
    if (keepTextUntil == null) {
      update = clearText(update);
    }
    return update
            .where(INCOMING_MAIL.ID.eq(id))
            .and(INCOMING_MAIL.STATUS.eq(IncomingMail.Status.NEW.name()))
            .execute()
        == 1;
  }

  private static org.jooq.UpdateSetMoreStep<IncomingMailRecord> clearText(
      org.jooq.UpdateSetMoreStep<IncomingMailRecord> update) {
    return update
        .setNull(INCOMING_MAIL.FROM_ADDRESS)
        .setNull(INCOMING_MAIL.TO_ADDRESSES)
        .setNull(INCOMING_MAIL.SUBJECT)
        .setNull(INCOMING_MAIL.PREVIEW)
        .setNull(INCOMING_MAIL.BODY_TEXT)
        .setNull(INCOMING_MAIL.DATE_HEADER);
  }

  @Override
  public Map<Long, Long> handledNotMoved(long mailboxId, long uidValidity) {
    Map<Long, Long> m = new LinkedHashMap<>();
    dsl.select(INCOMING_MAIL.ID, INCOMING_MAIL.UID)
        .from(INCOMING_MAIL)
        .where(INCOMING_MAIL.MAILBOX_ID.eq(mailboxId))
        .and(INCOMING_MAIL.UID_VALIDITY.eq(uidValidity))
        .and(INCOMING_MAIL.STATUS.ne(IncomingMail.Status.NEW.name()))
        .and(INCOMING_MAIL.SERVER_MOVED.isFalse())
        .orderBy(INCOMING_MAIL.UID)
        .forEach(r -> m.put(r.value1(), r.value2()));
    return m;
  }

  @Override
  public void markMoved(List<Long> ids) {
    if (!ids.isEmpty()) {
      dsl.update(INCOMING_MAIL)
          .set(INCOMING_MAIL.SERVER_MOVED, true)
          .where(INCOMING_MAIL.ID.in(ids))
          .execute();
    }
  }

  @Override
  public List<Long> keptTextDue(Instant now) {
    return dsl.select(INCOMING_MAIL.ID)
        .from(INCOMING_MAIL)
        .where(INCOMING_MAIL.TEXT_KEPT_UNTIL.le(Timestamps.toDb(now)))
        .orderBy(INCOMING_MAIL.ID)
        .fetch(INCOMING_MAIL.ID);
  }

  @Override
  public void clearKeptText(List<Long> ids) {
    if (!ids.isEmpty()) {
      clearText(dsl.update(INCOMING_MAIL).setNull(INCOMING_MAIL.TEXT_KEPT_UNTIL))
          .where(INCOMING_MAIL.ID.in(ids))
          .execute();
    }
  }

  @Override
  public void insertReceipt(long caseId, IncomingMail m) {
    dsl.insertInto(CASE_MAIL_RECEIPT)
        .set(CASE_MAIL_RECEIPT.CASE_ID, caseId)
        .set(CASE_MAIL_RECEIPT.INCOMING_ID, m.id())
        .set(CASE_MAIL_RECEIPT.MAILBOX, m.mailboxName())
        .set(CASE_MAIL_RECEIPT.MESSAGE_ID, m.messageId())
        .set(CASE_MAIL_RECEIPT.RECEIVED_AT, Timestamps.toDb(m.receivedAt()))
        .set(CASE_MAIL_RECEIPT.RECEIVED_SOURCE, m.receivedSource().name())
        .set(CASE_MAIL_RECEIPT.RAW_SHA256, m.rawSha256())
        .execute();
  }

  @Override
  public Optional<Receipt> receipt(long caseId) {
    return dsl.selectFrom(CASE_MAIL_RECEIPT)
        .where(CASE_MAIL_RECEIPT.CASE_ID.eq(caseId))
        .fetchOptional(
            r ->
                new Receipt(
                    r.getIncomingId(),
                    r.getMailbox(),
                    r.getMessageId(),
                    Timestamps.fromDb(r.getReceivedAt()),
                    ReceivedSource.valueOf(r.getReceivedSource()),
                    r.getRawSha256()));
  }

  @Override
  public void insertLetterEmail(LetterEmail e) {
    dsl.insertInto(LETTER_EMAIL)
        .set(LETTER_EMAIL.LETTER_ID, e.letterId())
        .set(LETTER_EMAIL.CASE_ID, e.caseId())
        .set(LETTER_EMAIL.MAILBOX_ID, e.mailboxId())
        .set(LETTER_EMAIL.MESSAGE_ID, e.messageId())
        .set(LETTER_EMAIL.SENT_TO, e.sentTo())
        .set(LETTER_EMAIL.PDF_SHA256, e.pdfSha256())
        .set(LETTER_EMAIL.SENT_AT, Timestamps.toDb(e.sentAt()))
        .set(LETTER_EMAIL.SENT_BY, e.sentBy())
        .execute();
  }

  @Override
  public Optional<LetterEmail> letterEmail(long letterId) {
    return dsl.selectFrom(LETTER_EMAIL)
        .where(LETTER_EMAIL.LETTER_ID.eq(letterId))
        .fetchOptional(
            r ->
                new LetterEmail(
                    r.getLetterId(),
                    r.getCaseId(),
                    r.getMailboxId(),
                    r.getMessageId(),
                    r.getSentTo(),
                    r.getPdfSha256(),
                    Timestamps.fromDb(r.getSentAt()),
                    r.getSentBy()));
  }
}
