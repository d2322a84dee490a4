package com.privacydesk.app.mail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.MailSettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.cases.MailReceipts;
import com.privacydesk.app.letters.LetterService;
import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.app.port.MailPasswords;
import com.privacydesk.app.port.MailRepository;
import com.privacydesk.app.port.MailServer;
import com.privacydesk.app.port.MailServerException;
import com.privacydesk.app.port.MessageReader;
import com.privacydesk.app.port.ReadMessage;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.mail.Dismissal;
import com.privacydesk.domain.mail.MailRules;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.ReceivedSource;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The designated mailbox as the intake, and letters sent from the case.
 *
 * <p>Fetching stores each new message in its own transaction under its mailbox UID (unique), so a
 * connection lost mid-fetch loses nothing and the next fetch resumes after the last stored UID, and
 * two workstations fetching at once store each message once. Only what the list needs is stored:
 * never an attachment or the raw message, only its SHA-256; once handled, the sender, subject and
 * text go too (or after the configured days). Handled messages are moved to {@code
 * PrivacyDesk/handled} on the server at the next fetch, never deleted.
 */
public final class MailService {
  private static final Logger LOG = LoggerFactory.getLogger(MailService.class);

  /** The most entries the list shows at once. */
  public static final int LIST_LIMIT = 2000;

  private static final int PREVIEW = 300;

  private final TransactionRunner tx;
  private final Clock clock;
  private final MailServer server;
  private final MessageReader reader;
  private final MailPasswords passwords;
  private final LetterService letters;

  public MailService(
      TransactionRunner tx,
      Clock clock,
      MailServer server,
      MessageReader reader,
      MailPasswords passwords,
      LetterService letters) {
    this.tx = tx;
    this.clock = clock;
    this.server = server;
    this.reader = reader;
    this.passwords = passwords;
    this.letters = letters;
  }

  // --- settings ------------------------------------------------------------------------------

  /** The mailboxes, by name. */
  public List<MailboxSettings> mailboxes(Actor actor) {
    actor.require(Permission.HANDLE_MAIL);
    return tx.inTransaction(actor, r -> r.mail().mailboxes());
  }

  /** Whether this workstation holds a password for the mailbox. */
  public boolean hasPassword(String mailbox) {
    return passwords.get(mailbox).isPresent();
  }

  /**
   * Saves a mailbox (new when its id is 0); {@code password}, when given, is kept by this
   * workstation only. Returns the mailbox's id.
   */
  public long saveMailbox(Actor actor, MailboxSettings m, @Nullable String password) {
    actor.require(Permission.CONFIGURE_MAIL);
    List<FieldError> errors = new ArrayList<>(m.validate());
    if (password != null && (password.isEmpty() || password.length() > 1000)) {
      errors.add(new FieldError("password", "required"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    long id =
        tx.inTransaction(
            actor,
            r -> {
              Instant now = clock.instant();
              boolean taken =
                  r.mail().mailboxes().stream()
                      .anyMatch(
                          o -> o.id() != m.id() && o.name().equalsIgnoreCase(m.name().strip()));
              if (taken) {
                throw new ValidationException(List.of(new FieldError("name", "mailbox.taken")));
              }
              long saved;
              String old = null;
              if (m.id() == 0) {
                saved = r.mail().insertMailbox(m, actor.userId(), now);
              } else {
                MailboxSettings before =
                    r.mail()
                        .mailbox(m.id())
                        .orElseThrow(() -> new NotFoundException("Mailbox " + m.id()));
                old = before.name();
                r.mail().updateMailbox(m, actor.userId(), now);
                saved = m.id();
              }
              r.audit()
                  .append(
                      actor.audit(
                          now,
                          m.id() == 0 ? "MAILBOX_ADD" : "MAILBOX_CHANGE",
                          "MAILBOX",
                          saved,
                          "designated="
                              + m.designated()
                              + "; sends="
                              + m.sends()
                              + "; enabled="
                              + m.enabled()
                              + (password == null
                                  ? ""
                                  : "; password changed on this workstation")));
              if (old != null && !old.equals(m.name().strip())) {
                String renamed = old;
                passwords.get(renamed).ifPresent(p -> passwords.put(m.name().strip(), p));
                passwords.remove(renamed);
              }
              return saved;
            });
    if (password != null) {
      passwords.put(m.name().strip(), password);
    }
    LOG.info("Mailbox {} saved by user {}", id, actor.userId());
    return id;
  }

  /**
   * Checks a mailbox's settings against its servers: signs in to IMAP and opens the folder, and,
   * when it sends, signs in to SMTP. {@code password} null uses the one this workstation keeps.
   *
   * @return how many messages wait in the folder
   * @throws MailServerException what went wrong, in words
   */
  public int test(Actor actor, MailboxSettings m, @Nullable String password) {
    actor.require(Permission.CONFIGURE_MAIL);
    List<FieldError> errors = m.validate();
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    String pw = password != null ? password : password(m);
    try (MailServer.Inbox in = server.open(m, pw)) {
      int waiting = in.uidsAfter(0).size();
      if (m.sends()) {
        server.checkSmtp(m, pw);
      }
      return waiting;
    }
  }

  private String password(MailboxSettings m) {
    return passwords
        .get(m.name())
        .orElseThrow(() -> new RefusedException(Refusal.of("mail.noPassword", m.name())));
  }

  /** The mail settings in force. */
  public MailSettings settings(Actor actor) {
    actor.require(Permission.HANDLE_MAIL);
    return tx.inTransaction(actor, r -> MailSettings.load(r.settings()));
  }

  /** Checks an edited rule table; returns it, or throws with the wrong lines. */
  public static MailRules rules(String text) {
    List<MailRules.LineError> lines = new ArrayList<>();
    MailRules rules = MailRules.parse(text, lines);
    if (!lines.isEmpty()) {
      MailRules.LineError first = lines.getFirst();
      throw new RefusedException(Refusal.of(first.code(), first.line()));
    }
    return rules;
  }

  /** Saves the mail settings (audited like every settings change). */
  public void saveSettings(Actor actor, MailSettings s) {
    actor.require(Permission.CONFIGURE_MAIL);
    tx.inTransaction(
        actor,
        r -> {
          MailSettings before = MailSettings.load(r.settings());
          List<String> changed = new ArrayList<>();
          Map<String, String> old = before.toEntries();
          for (Map.Entry<String, String> e : s.toEntries().entrySet()) {
            if (!e.getValue().equals(old.get(e.getKey()))) {
              r.settings().put(e.getKey(), e.getValue());
              changed.add(e.getKey());
            }
          }
          if (!changed.isEmpty()) {
            r.audit()
                .append(
                    actor.audit(
                        clock.instant(),
                        "SETTING_CHANGE",
                        "SETTING",
                        null,
                        String.join(", ", changed)));
          }
          return null;
        });
  }

  // --- fetching ------------------------------------------------------------------------------

  /** Told of each message as a fetch goes: the mailbox, how many so far, how many in all. */
  @FunctionalInterface
  public interface Progress {
    void at(String mailbox, int done, int total);

    static Progress none() {
      return (m, d, t) -> {};
    }
  }

  /** A mailbox that could not be fetched, and why. */
  public record Failure(String mailbox, RuntimeException error) {}

  /**
   * What a fetch did.
   *
   * @param fetched messages read from the servers (or files)
   * @param added new entries in the list
   * @param skipped messages already in the list (fetched before, or by another workstation)
   * @param tooLarge new entries larger than the limit, listed by their headers only
   */
  public record FetchResult(
      int fetched, int added, int skipped, int tooLarge, List<Failure> failures) {
    public FetchResult {
      failures = List.copyOf(failures);
    }

    /** Whether every mailbox was fetched. */
    public boolean complete() {
      return failures.isEmpty();
    }
  }

  /**
   * Fetches new messages from every enabled mailbox, or only {@code mailboxName}. A mailbox that
   * fails (server unreachable, password refused, connection dropped) is reported in the result with
   * what was stored before the failure kept; the others are still fetched.
   */
  public FetchResult fetch(Actor actor, @Nullable String mailboxName, Progress progress) {
    actor.require(Permission.HANDLE_MAIL);
    expireKeptText(actor);
    List<MailboxSettings> boxes = tx.inTransaction(actor, r -> r.mail().mailboxes());
    List<MailboxSettings> chosen;
    if (mailboxName != null) {
      chosen = boxes.stream().filter(b -> b.name().equalsIgnoreCase(mailboxName.strip())).toList();
      if (chosen.isEmpty()) {
        throw new RefusedException(Refusal.of("mail.noMailbox", mailboxName));
      }
    } else {
      chosen = boxes.stream().filter(MailboxSettings::enabled).toList();
    }
    MailSettings settings = tx.inTransaction(actor, r -> MailSettings.load(r.settings()));
    int[] counts = new int[4];
    List<Failure> failures = new ArrayList<>();
    for (MailboxSettings box : chosen) {
      try {
        fetchOne(actor, box, settings, progress, counts);
      } catch (MailServerException | RefusedException e) {
        LOG.warn("Mailbox {} not fetched: {}", box.id(), e.getClass().getSimpleName());
        failures.add(new Failure(box.name(), e));
      }
    }
    LOG.info(
        "Mail fetched by user {}: {} read, {} new, {} skipped, {} mailboxes failed",
        actor.userId(),
        counts[0],
        counts[1],
        counts[2],
        failures.size());
    return new FetchResult(counts[0], counts[1], counts[2], counts[3], failures);
  }

  private void fetchOne(
      Actor actor, MailboxSettings box, MailSettings settings, Progress progress, int[] counts) {
    String pw = password(box);
    List<String> designatedAddresses =
        tx.inTransaction(actor, r -> CompanySettings.load(r.settings()).designatedAddresses());
    try (MailServer.Inbox in = server.open(box, pw)) {
      long validity = in.uidValidity();
      moveHandled(actor, box, validity, in);
      long last = tx.inTransaction(actor, r -> r.mail().lastUid(box.id(), validity));
      List<Long> uids = in.uidsAfter(last);
      progress.at(box.name(), 0, uids.size());
      int done = 0;
      for (long uid : uids) {
        MailServer.Fetched f = in.fetch(uid, settings.maxBytes());
        done++;
        if (f == null) {
          counts[2]++;
        } else {
          counts[0]++;
          IncomingMail entry = entry(box, validity, f, settings, designatedAddresses);
          if (store(actor, entry)) {
            counts[1]++;
            if (IncomingMail.TOO_LARGE.equals(entry.problem())) {
              counts[3]++;
            }
          } else {
            counts[2]++;
          }
        }
        progress.at(box.name(), done, uids.size());
      }
    }
  }

  /** Moves the mailbox's handled messages to PrivacyDesk/handled, then records that they moved. */
  private void moveHandled(Actor actor, MailboxSettings box, long validity, MailServer.Inbox in) {
    Map<Long, Long> handled =
        tx.inTransaction(actor, r -> r.mail().handledNotMoved(box.id(), validity));
    if (handled.isEmpty()) {
      return;
    }
    in.moveToHandled(new ArrayList<>(handled.values()));
    tx.inTransaction(
        actor,
        r -> {
          List<Long> ids = new ArrayList<>(handled.keySet());
          r.mail().markMoved(ids);
          Instant now = clock.instant();
          r.audit()
              .appendAll(
                  ids.stream()
                      .map(
                          id ->
                              actor.audit(
                                  now, "MAIL_MOVED", "MAIL", id, "folder=PrivacyDesk/handled"))
                      .toList());
          return null;
        });
  }

  /**
   * Stores one new entry with its audit entry, in one transaction; false when it is in the list
   * already (same SHA-256, or the same mailbox UID stored by another workstation).
   */
  private boolean store(Actor actor, IncomingMail entry) {
    return tx.inTransaction(
        actor,
        r -> {
          // the same message again (a saved copy, or a mailbox with a new UIDVALIDITY) is in the
          // list already
          if (entry.rawSha256() != null && r.mail().knownSha(entry.rawSha256())) {
            return false;
          }
          Optional<Long> id = r.mail().insertIncoming(entry, actor.userId());
          id.ifPresent(
              i ->
                  r.audit()
                      .append(
                          actor.audit(
                              entry.fetchedAt(),
                              entry.mailboxId() == null ? "MAIL_IMPORTED" : "MAIL_FETCHED",
                              "MAIL",
                              i,
                              (entry.mailboxId() == null
                                      ? ""
                                      : "mailbox="
                                          + entry.mailboxId()
                                          + "; uid="
                                          + entry.uid()
                                          + "; ")
                                  + "size="
                                  + entry.sizeBytes()
                                  + "; sha256="
                                  + entry.rawSha256()
                                  + (entry.problem() == null
                                      ? ""
                                      : "; problem=" + entry.problem()))));
          return id.isPresent();
        });
  }

  private IncomingMail entry(
      MailboxSettings box,
      long validity,
      MailServer.Fetched f,
      MailSettings settings,
      List<String> designatedAddresses) {
    ReadMessage read;
    String problem = null;
    String sha = null;
    if (f.raw() == null) {
      problem = IncomingMail.TOO_LARGE;
      read = f.headers() != null ? f.headers() : empty(true);
    } else {
      sha = sha256(f.raw());
      read = readLeniently(f.raw());
      if (read.malformed()) {
        problem = IncomingMail.MALFORMED;
      }
    }
    return entry(
        box.id(),
        box.name(),
        validity,
        f.uid(),
        sha,
        f.size(),
        f.serverReceived(),
        ReceivedSource.SERVER,
        read,
        box.designated() || addressedTo(read, designatedAddresses),
        problem,
        settings.rules());
  }

  private static ReadMessage empty(boolean malformed) {
    return new ReadMessage(null, null, List.of(), null, null, null, null, "", false, 0, malformed);
  }

  /** What the server delivered is mail, however broken: a message that cannot be read is kept. */
  private ReadMessage readLeniently(byte[] raw) {
    try {
      return reader.read(raw);
    } catch (MessageReader.NotAnEmailException e) {
      return empty(true);
    }
  }

  private static boolean addressedTo(ReadMessage read, List<String> designated) {
    for (String to : read.to()) {
      for (String d : designated) {
        if (to.strip().equalsIgnoreCase(d.strip())) {
          return true;
        }
      }
    }
    return false;
  }

  private IncomingMail entry(
      @Nullable Long mailboxId,
      @Nullable String mailboxName,
      @Nullable Long validity,
      @Nullable Long uid,
      @Nullable String sha,
      long size,
      Instant received,
      ReceivedSource source,
      ReadMessage read,
      boolean designated,
      @Nullable String problem,
      MailRules rules) {
    String subject = read.subject() == null ? "" : read.subject();
    Optional<MailRules.Suggestion> suggestion = rules.suggest(subject, read.text());
    String oneLine = read.text().replaceAll("\\s+", " ").strip();
    String preview = oneLine.length() <= PREVIEW ? oneLine : oneLine.substring(0, PREVIEW) + "…";
    String to = String.join(", ", read.to());
    return new IncomingMail(
        0,
        mailboxId,
        mailboxName,
        validity,
        uid,
        read.messageId(),
        sha,
        size,
        received,
        source,
        read.dateHeader(),
        designated,
        read.from(),
        to.isEmpty() ? null : (to.length() > 2000 ? to.substring(0, 2000) : to),
        read.subject(),
        preview.isEmpty() ? null : preview,
        read.text().isEmpty() ? null : read.text(),
        read.attachments(),
        problem,
        suggestion.map(MailRules.Suggestion::type).orElse(null),
        suggestion.map(MailRules.Suggestion::phrase).orElse(null),
        IncomingMail.Status.NEW,
        null,
        null,
        null,
        clock.instant(),
        null,
        null,
        false);
  }

  /** Clears the text of handled messages whose keep time is over (audited per message). */
  private void expireKeptText(Actor actor) {
    tx.inTransaction(
        actor,
        r -> {
          com.privacydesk.app.KeptMailText.expire(r, actor, clock.instant());
          return null;
        });
  }

  // --- offline import ------------------------------------------------------------------------

  /** A file that was not imported, and why ({@code error.mail.file.<code>}). */
  public record FileProblem(Path file, String code) {}

  /** What an import of saved messages did. */
  public record ImportResult(int added, int skipped, List<FileProblem> refused) {
    public ImportResult {
      refused = List.copyOf(refused);
    }
  }

  /**
   * Imports saved messages ({@code .eml} files) into the list, as a fetch would. The received time
   * is the topmost Received: header's (the last server's), else the Date: header's, else now; the
   * list says which. A file that is no email, too large or unreadable is refused by name and
   * nothing of it is stored; a message already in the list is skipped.
   */
  public ImportResult importFiles(Actor actor, List<Path> files) {
    actor.require(Permission.HANDLE_MAIL);
    MailSettings settings = tx.inTransaction(actor, r -> MailSettings.load(r.settings()));
    List<String> designatedAddresses =
        tx.inTransaction(actor, r -> CompanySettings.load(r.settings()).designatedAddresses());
    int added = 0;
    int skipped = 0;
    List<FileProblem> refused = new ArrayList<>();
    for (Path file : files) {
      byte[] raw;
      try {
        if (!Files.isRegularFile(file)) {
          refused.add(new FileProblem(file, "missing"));
          continue;
        }
        if (Files.size(file) > settings.maxBytes()) {
          refused.add(new FileProblem(file, "tooLarge"));
          continue;
        }
        raw = Files.readAllBytes(file);
      } catch (IOException e) {
        refused.add(new FileProblem(file, "unreadable"));
        continue;
      }
      ReadMessage read;
      try {
        read = reader.read(raw);
      } catch (MessageReader.NotAnEmailException e) {
        refused.add(new FileProblem(file, "notEmail"));
        continue;
      }
      String sha = sha256(raw);
      Instant received;
      ReceivedSource source;
      if (read.topReceived() != null) {
        received = read.topReceived();
        source = ReceivedSource.RECEIVED_HEADER;
      } else if (read.sent() != null) {
        received = read.sent();
        source = ReceivedSource.DATE_HEADER;
      } else {
        received = clock.instant();
        source = ReceivedSource.IMPORTED;
      }
      IncomingMail entry =
          entry(
              null,
              null,
              null,
              null,
              sha,
              raw.length,
              received,
              source,
              read,
              addressedTo(read, designatedAddresses),
              read.malformed() ? IncomingMail.MALFORMED : null,
              settings.rules());
      if (store(actor, entry)) {
        added++;
      } else {
        skipped++;
      }
    }
    LOG.info(
        "Mail imported from files by user {}: {} new, {} skipped, {} refused",
        actor.userId(),
        added,
        skipped,
        refused.size());
    return new ImportResult(added, skipped, refused);
  }

  // --- the list ------------------------------------------------------------------------------

  /** The messages not handled yet, oldest first, without their text. */
  public List<IncomingMail> unhandled(Actor actor) {
    actor.require(Permission.HANDLE_MAIL);
    return tx.inTransaction(actor, r -> r.mail().unhandled(LIST_LIMIT));
  }

  /** One message with its text, for reading it (audited: it holds personal data). */
  public IncomingMail read(Actor actor, long incomingId) {
    actor.require(Permission.HANDLE_MAIL);
    return tx.inTransaction(
        actor,
        r -> {
          IncomingMail m =
              r.mail()
                  .incoming(incomingId)
                  .orElseThrow(() -> new NotFoundException("Incoming message " + incomingId));
          r.audit().append(actor.audit(clock.instant(), "MAIL_READ", "MAIL", incomingId, "read"));
          return m;
        });
  }

  /**
   * What the intake form is filled with when a message becomes a case.
   *
   * @param type the suggested type, or null
   * @param receivedAt the server's received time in the company zone
   */
  public record IntakeDraft(
      long incomingId,
      @Nullable CaseType type,
      @Nullable String email,
      Channel channel,
      LocalDateTime receivedAt,
      ReceivedSource source) {}

  /** The pre-filled intake of a new message. */
  public IntakeDraft draft(Actor actor, long incomingId) {
    actor.require(Permission.HANDLE_MAIL);
    return tx.inTransaction(
        actor,
        r -> {
          IncomingMail m = MailReceipts.unhandled(r, incomingId);
          CompanySettings s = CompanySettings.load(r.settings());
          String from = m.from() != null && EmailAddress.isValid(m.from()) ? m.from() : null;
          return new IntakeDraft(
              incomingId,
              m.suggestedType(),
              from,
              m.designated() ? Channel.DESIGNATED_EMAIL : Channel.OTHER_EMAIL,
              LocalDateTime.ofInstant(m.receivedAt(), s.zone()).withNano(0),
              m.receivedSource());
        });
  }

  /**
   * Marks a message handled without a case: not a privacy request, spam, or the same request as
   * case {@code duplicateOf} (which gets a note that it came again).
   */
  public void dismiss(Actor actor, long incomingId, Dismissal why, @Nullable Long duplicateOf) {
    actor.require(Permission.HANDLE_MAIL);
    if ((why == Dismissal.DUPLICATE) != (duplicateOf != null)) {
      throw new ValidationException(List.of(new FieldError("duplicateOf", "required")));
    }
    tx.inTransaction(
        actor,
        r -> {
          Instant now = clock.instant();
          if (duplicateOf != null && r.cases().find(duplicateOf).isEmpty()) {
            throw new ValidationException(List.of(new FieldError("duplicateOf", "mail.noCase")));
          }
          MailReceipts.dismissed(r, actor, incomingId, why, duplicateOf, now);
          return null;
        });
    LOG.info("Incoming message {} dismissed as {} by user {}", incomingId, why, actor.userId());
  }

  // --- sending letters -----------------------------------------------------------------------

  /**
   * Exactly what sending a letter would send: from, to, subject, text and the PDF attached.
   *
   * @param to the recipient the agent typed, or null for the contact of record
   */
  public record Preview(
      String from,
      @Nullable String to,
      String subject,
      String body,
      String attachmentName,
      int attachmentBytes,
      String pdfSha256,
      boolean addressOfRecordOnly,
      MailRepository.@Nullable LetterEmail sentBefore) {}

  /** The email a letter would become, sent from {@code mailboxId}. */
  public Preview preview(Actor actor, long letterId, long mailboxId) {
    actor.require(Permission.WORK_CASE);
    LetterService.Outgoing o = letters.outgoing(actor, letterId);
    return tx.inTransaction(
        actor,
        r -> {
          MailboxSettings box = sender(r, mailboxId);
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(),
                      "LETTER_PREVIEW",
                      "CASE",
                      o.caseId(),
                      "letter=" + letterId + "; mailbox=" + mailboxId));
          return new Preview(
              from(box),
              o.addressOfRecordOnly() ? null : o.to(),
              o.subject(),
              o.body(),
              o.attachmentName(),
              o.pdf().length,
              o.pdfSha256(),
              o.addressOfRecordOnly(),
              r.mail().letterEmail(letterId).orElse(null));
        });
  }

  private static String from(MailboxSettings box) {
    String name = box.senderName();
    return name == null || name.isBlank()
        ? String.valueOf(box.senderAddress())
        : name + " <" + box.senderAddress() + ">";
  }

  private static MailboxSettings sender(Repositories r, long mailboxId) {
    MailboxSettings box =
        r.mail()
            .mailbox(mailboxId)
            .orElseThrow(() -> new NotFoundException("Mailbox " + mailboxId));
    if (!box.sends() || !box.enabled()) {
      throw new RefusedException(Refusal.of("mail.noSender", box.name()));
    }
    return box;
  }

  /** A letter sent: the Message-ID the server took, and when. */
  public record Sent(String messageId, Instant at, String to) {}

  /**
   * Sends a letter by email from {@code mailboxId} with its archived PDF attached, then records it
   * on the case in one transaction: the Message-ID, time and PDF hash, the letter marked sent by
   * email today, the checklist item it completes ticked, and the audit entry. A send the server
   * refuses changes nothing and says why.
   *
   * @param to the recipient: null for the contact of record; for an account-change notice the
   *     address of record the agent typed from the account system (required, never pre-filled)
   */
  public Sent send(Actor actor, long letterId, long mailboxId, @Nullable String to) {
    actor.require(Permission.WORK_CASE);
    LetterService.Outgoing o = letters.outgoing(actor, letterId);
    String recipient;
    if (o.addressOfRecordOnly()) {
      // the address of record, typed from the account system: never one given with the report
      if (to == null || !EmailAddress.isValid(to.strip())) {
        throw new ValidationException(List.of(new FieldError("to", "mail.ofRecord")));
      }
      recipient = to;
    } else {
      // every other letter goes to the case's email contact, and only there
      if (o.to() == null) {
        throw new RefusedException(Refusal.of("mail.noContact", o.caseId()));
      }
      if (to != null && !to.strip().equalsIgnoreCase(o.to().strip())) {
        throw new ValidationException(List.of(new FieldError("to", "mail.notContact")));
      }
      recipient = o.to();
    }
    String address = recipient.strip();
    MailboxSettings box =
        tx.inTransaction(
            actor,
            r -> {
              if (r.mail().letterEmail(letterId).isPresent()) {
                throw new RefusedException(Refusal.of("mail.sentAlready", letterId));
              }
              return sender(r, mailboxId);
            });
    String pw = password(box);
    String messageId =
        server.send(
            box,
            pw,
            new MailServer.Outgoing(
                address,
                o.subject(),
                o.body(),
                o.attachmentName(),
                o.pdf(),
                Map.of("X-PrivacyDesk-Case", Long.toString(o.caseId())),
                clock.instant()));
    Instant at = clock.instant();
    LocalDate today =
        at.atZone(tx.inTransaction(actor, r -> CompanySettings.load(r.settings()).zone()))
            .toLocalDate();
    // the message has left: its record is a fact, written on the case as it stands now
    for (int attempt = 1; ; attempt++) {
      int version =
          tx.inTransaction(actor, r -> r.cases().find(o.caseId()).orElseThrow().version());
      try {
        letters.markSent(
            actor,
            letterId,
            version,
            today,
            LetterKind.Method.EMAIL,
            r -> {
              r.mail()
                  .insertLetterEmail(
                      new MailRepository.LetterEmail(
                          letterId,
                          o.caseId(),
                          box.id(),
                          messageId,
                          address,
                          o.pdfSha256(),
                          at,
                          actor.userId()));
              r.audit()
                  .append(
                      actor.audit(
                          at,
                          "LETTER_EMAILED",
                          "CASE",
                          o.caseId(),
                          "letter="
                              + letterId
                              + "; mailbox="
                              + box.id()
                              + "; messageId="
                              + messageId
                              + "; pdfSha256="
                              + o.pdfSha256()));
            });
        break;
      } catch (com.privacydesk.app.ConcurrentEditException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
    LOG.info("Letter {} emailed from mailbox {} by user {}", letterId, box.id(), actor.userId());
    return new Sent(messageId, at, address);
  }

  /** The letter's email record, if it was sent by email. */
  public Optional<MailRepository.LetterEmail> emailed(Actor actor, long letterId) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> r.mail().letterEmail(letterId));
  }

  /** A case's evidence of receipt, if it was made from a message. */
  public Optional<MailRepository.Receipt> receipt(Actor actor, long caseId) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> r.mail().receipt(caseId));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A mailbox name as typed, compared without case. */
  static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
