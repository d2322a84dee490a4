package com.privacydesk.app.letters;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.RefusedException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.cases.WorkflowService;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.LetterRenderer;
import com.privacydesk.app.port.LetterRepository;
import com.privacydesk.app.port.LetterRepository.StoredLetter;
import com.privacydesk.app.port.LetterRepository.StoredTemplate;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.letters.DefaultTemplates;
import com.privacydesk.domain.letters.DisclosureRegister;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.letters.LetterTemplate;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.Checklist;
import com.privacydesk.domain.workflow.Refusal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Letters: the templates (every version kept; supervisors edit), and the letters of a case. A
 * letter is rendered from the current template version (a CA answer from the previous calendar
 * year's register), archived as a PDF with the case, its hash audited; an email draft can be made
 * of it; recording its sending ticks the checklist item it completes, in the same transaction.
 */
public final class LetterService {
  private static final Logger LOG = LoggerFactory.getLogger(LetterService.class);
  private static final DateTimeFormatter LETTER_DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
  private static final String NO_SENDER = "privacy@example.invalid";

  private final TransactionRunner tx;
  private final Clock clock;
  private final LetterRenderer renderer;
  private final WorkflowService workflow;

  public LetterService(
      TransactionRunner tx, Clock clock, LetterRenderer renderer, WorkflowService workflow) {
    this.tx = tx;
    this.clock = clock;
    this.renderer = renderer;
    this.workflow = workflow;
  }

  /** A letter just written: its id, what it used, its PDF's hash. */
  public record Generated(
      long letterId, LetterKind kind, int templateVersion, Integer registerYear, String sha256) {}

  /** An email draft of a letter, with the name its attachment has. */
  @SuppressWarnings("ArrayRecordComponent") // the file's bytes, handed over whole, never compared
  public record Draft(String fileName, byte[] eml) {}

  // --- templates -------------------------------------------------------------------------------

  /** Every version of {@code kind}'s text, newest first (the built-in one if none was saved). */
  public List<StoredTemplate> versions(Actor actor, LetterKind kind) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> storedVersions(r, kind));
  }

  /** Saves a new version of {@code kind}'s text; returns its version number. */
  public int saveTemplate(Actor actor, LetterKind kind, String subject, String body) {
    actor.require(Permission.EDIT_TEMPLATES);
    return tx.inTransaction(
        actor,
        r -> {
          List<StoredTemplate> versions = storedVersions(r, kind);
          LetterTemplate current = versions.getFirst().template();
          LetterTemplate next =
              new LetterTemplate(kind, current.version() + 1, subject, normalize(body));
          List<FieldError> errors = next.validate();
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          if (next.subject().equals(current.subject()) && next.body().equals(current.body())) {
            return current.version();
          }
          Instant now = clock.instant();
          r.letters().insertTemplate(next, actor.userId(), now);
          r.audit()
              .append(
                  actor.audit(
                      now,
                      "TEMPLATE_SAVE",
                      "TEMPLATE",
                      null,
                      "kind="
                          + kind
                          + "; version="
                          + next.version()
                          + "; sha256="
                          + sha256(
                              (next.subject() + "\n" + next.body())
                                  .getBytes(StandardCharsets.UTF_8))));
          LOG.info(
              "Letter template {} version {} saved by user {}",
              kind,
              next.version(),
              actor.userId());
          return next.version();
        });
  }

  private static String normalize(String body) {
    return body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The stored versions; the built-in text is stored as version 1 the first time it is needed. */
  private List<StoredTemplate> storedVersions(Repositories r, LetterKind kind) {
    List<StoredTemplate> versions = r.letters().templateVersions(kind);
    if (!versions.isEmpty()) {
      return versions;
    }
    Instant now = clock.instant();
    r.letters().insertTemplate(DefaultTemplates.of(kind), null, now);
    // stored like any version: in the trail, and under the templates' seal
    r.audit()
        .append(
            new com.privacydesk.domain.audit.AuditEntry(
                now,
                null,
                "PrivacyDesk",
                "TEMPLATE_DEFAULT",
                "TEMPLATE",
                null,
                "kind=" + kind + "; version=1"));
    return r.letters().templateVersions(kind);
  }

  // --- letters ---------------------------------------------------------------------------------

  /** The letters of a case, oldest first. */
  public List<StoredLetter> letters(Actor actor, long caseId) {
    actor.require(Permission.VIEW_QUEUE);
    return tx.inTransaction(actor, r -> r.letters().letters(caseId));
  }

  /**
   * Writes a letter of {@code kind} for a case with the current template version and archives its
   * PDF. A CA answer uses the register of the calendar year before the request was received, and
   * the "no disclosures" text when that year records none; without that year's entry it is refused.
   */
  public Generated generate(Actor actor, long caseId, LetterKind requested) {
    actor.require(Permission.WORK_CASE);
    Generated done =
        tx.inTransaction(
            actor,
            r -> {
              CaseSummary c =
                  r.cases().find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
              if (requested.type() != c.type()) {
                throw new RefusedException(
                    Refusal.of("letter.wrongType", requested.name(), c.type().name()));
              }
              Rendered rendered = render(r, c, requested, null);
              byte[] pdf = renderer.pdf(rendered.letter());
              String sha = sha256(pdf);
              Instant now = clock.instant();
              long id =
                  r.letters()
                      .insertLetter(
                          new LetterRepository.NewLetter(
                              caseId,
                              rendered.kind(),
                              rendered.template().id(),
                              rendered.registerYear(),
                              rendered.letter().to(),
                              pdf,
                              sha,
                              actor.userId(),
                              now));
              r.audit()
                  .append(
                      actor.audit(
                          now,
                          "LETTER",
                          "CASE",
                          caseId,
                          "letter="
                              + id
                              + "; kind="
                              + rendered.kind()
                              + "; template=v"
                              + rendered.template().template().version()
                              + (rendered.registerYear() == null
                                  ? ""
                                  : "; register=" + rendered.registerYear())
                              + "; sha256="
                              + sha));
              return new Generated(
                  id,
                  rendered.kind(),
                  rendered.template().template().version(),
                  rendered.registerYear(),
                  sha);
            });
    LOG.info(
        "Letter {} ({}) written for case {} by user {}",
        done.letterId(),
        done.kind(),
        caseId,
        actor.userId());
    return done;
  }

  /** A letter's archived PDF (it holds personal data: the view is audited). */
  public byte[] pdf(Actor actor, long letterId) {
    actor.require(Permission.REVEAL_PERSONAL_DATA);
    return tx.inTransaction(
        actor,
        r -> {
          StoredLetter l = letter(r, letterId);
          byte[] pdf = archivedPdf(r, letterId);
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(), "LETTER_VIEW", "CASE", l.caseId(), "letter=" + letterId));
          return pdf;
        });
  }

  /**
   * An email draft of a stored letter: its archived PDF attached, the text rendered again with the
   * same template version and register year, addressed to the case's email contact if it has one.
   * Audited: the draft leaves the database.
   */
  public Draft emailDraft(Actor actor, long letterId) {
    actor.require(Permission.REVEAL_PERSONAL_DATA);
    return tx.inTransaction(
        actor,
        r -> {
          StoredLetter l = letter(r, letterId);
          byte[] pdf = archivedPdf(r, letterId);
          Rendered rendered = renderedAgain(r, l);
          String name = pdfName(l);
          r.audit()
              .append(
                  actor.audit(
                      clock.instant(), "LETTER_DRAFT", "CASE", l.caseId(), "letter=" + letterId));
          return new Draft(
              name.replace(".pdf", ".eml"), renderer.emailDraft(rendered.letter(), pdf, name));
        });
  }

  /**
   * A stored letter as an email would carry it: the text rendered again with the template version
   * and register year it used, its archived PDF, and the recipient of record (none for an
   * account-change notice: that goes only to the address the account system holds, which the agent
   * types). Not audited here: the caller audits what it does with it.
   *
   * @param to the case's email contact, or null
   */
  @SuppressWarnings("ArrayRecordComponent") // the archived PDF, handed over once
  public record Outgoing(
      long letterId,
      long caseId,
      LetterKind kind,
      @org.jspecify.annotations.Nullable String to,
      String subject,
      String body,
      String attachmentName,
      byte[] pdf,
      String pdfSha256) {
    /** Whether the recipient must be the address of record, typed from the account system. */
    public boolean addressOfRecordOnly() {
      return kind == LetterKind.ACCOUNT_CHANGE_NOTICE;
    }
  }

  /** {@code letterId} as an email would carry it (see {@link Outgoing}). */
  public Outgoing outgoing(Actor actor, long letterId) {
    actor.require(Permission.REVEAL_PERSONAL_DATA);
    return tx.inTransaction(
        actor,
        r -> {
          StoredLetter l = letter(r, letterId);
          byte[] pdf = archivedPdf(r, letterId);
          Rendered rendered = renderedAgain(r, l);
          return new Outgoing(
              letterId,
              l.caseId(),
              l.kind(),
              rendered.letter().to(),
              rendered.letter().subject(),
              rendered.letter().body(),
              pdfName(l),
              pdf,
              sha256(pdf));
        });
  }

  /** The file name of a letter's PDF: case, kind and letter number, no personal data. */
  public static String pdfName(StoredLetter l) {
    return pdfName(l.caseId(), l.kind(), l.id());
  }

  /** The file name of letter {@code letterId} of {@code kind} for case {@code caseId}. */
  public static String pdfName(long caseId, LetterKind kind, long letterId) {
    return "case-"
        + caseId
        + "-"
        + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "-"
        + letterId
        + ".pdf";
  }

  /**
   * Records that a letter was sent, on which date and how. Where the letter completes a checklist
   * item (the CA answer, the parent's notice, the account-change notice) the item is ticked with
   * the same date (and, for the CA answer, the method) in the same transaction, under the case's
   * optimistic lock ({@code caseVersion}).
   */
  public void markSent(
      Actor actor, long letterId, int caseVersion, LocalDate on, LetterKind.Method method) {
    markSent(actor, letterId, caseVersion, on, method, r -> {});
  }

  /**
   * As {@link #markSent(Actor, long, int, LocalDate, LetterKind.Method)}, with {@code also} written
   * in the same transaction (the record of an email's sending).
   */
  public void markSent(
      Actor actor,
      long letterId,
      int caseVersion,
      LocalDate on,
      LetterKind.Method method,
      java.util.function.Consumer<Repositories> also) {
    actor.require(Permission.WORK_CASE);
    StoredLetter l = tx.inTransaction(actor, r -> letter(r, letterId));
    if (method == null || !l.kind().methods().contains(method)) {
      throw new ValidationException(List.of(new FieldError("method", "letter.method")));
    }
    if (on == null) {
      throw new ValidationException(List.of(new FieldError("sentOn", "required")));
    }
    java.util.function.Consumer<Repositories> record =
        r -> {
          Instant now = clock.instant();
          java.time.ZoneId zone = CompanySettings.load(r.settings()).zone();
          LocalDate today = now.atZone(zone).toLocalDate();
          LocalDate written = l.generatedAt().atZone(zone).toLocalDate();
          if (on.isAfter(today) || on.isBefore(written)) {
            throw new ValidationException(List.of(new FieldError("sentOn", "letter.sentOn")));
          }
          r.letters().markSent(letterId, on, method, actor.userId(), now);
          r.audit()
              .append(
                  actor.audit(
                      now,
                      "LETTER_SENT",
                      "CASE",
                      l.caseId(),
                      "letter=" + letterId + "; on=" + on + "; method=" + method));
          also.accept(r);
        };
    // the item this letter completes may be ticked already (by hand, or before the case went to
    // review or was closed): then only the letter records its sending, which is allowed in every
    // state, so a case under review or closed is never a dead end for the letter's record
    boolean itemDone =
        l.kind().sentItem() != null
            && tx.inTransaction(
                actor,
                r ->
                    r.cases()
                        .ticks(l.caseId())
                        .containsKey(Checklist.key(l.kind().sentItem(), null)));
    if (l.kind().sentItem() == null || itemDone) {
      tx.inTransaction(
          actor,
          r -> {
            record.accept(r);
            return null;
          });
    } else {
      var item = l.kind().sentItem();
      String choice = item.evidence().chosen() ? method.name() : null;
      if (choice != null && !item.choices().contains(choice)) {
        throw new ValidationException(List.of(new FieldError("method", "letter.method")));
      }
      workflow.tick(
          actor,
          l.caseId(),
          caseVersion,
          Checklist.key(item, null),
          item.evidence().dated() ? on : null,
          choice,
          record);
    }
    LOG.info("Letter {} recorded as sent by user {}", letterId, actor.userId());
  }

  /** A stored letter's text rendered again with the template version and register year it used. */
  private Rendered renderedAgain(Repositories r, StoredLetter l) {
    CaseSummary c = r.cases().find(l.caseId()).orElseThrow();
    StoredTemplate template =
        r.letters().templateVersions(l.kind()).stream()
            .filter(t -> t.template().version() == l.templateVersion())
            .findFirst()
            .orElseThrow();
    return render(r, c, l.kind(), template);
  }

  /** A letter's archived PDF; refused once its case was purged. */
  private static byte[] archivedPdf(Repositories r, long letterId) {
    return r.letters()
        .pdf(letterId)
        .orElseThrow(() -> new RefusedException(Refusal.of("letter.purged", letterId)));
  }

  private static StoredLetter letter(Repositories r, long letterId) {
    return r.letters()
        .letter(letterId)
        .orElseThrow(() -> new NotFoundException("Letter " + letterId));
  }

  /** What rendering decided: the letter, its kind after the register, the template used. */
  private record Rendered(
      LetterRenderer.Letter letter,
      LetterKind kind,
      StoredTemplate template,
      Integer registerYear) {}

  private Rendered render(
      Repositories r, CaseSummary c, LetterKind requested, StoredTemplate fixedTemplate) {
    CompanySettings settings = CompanySettings.load(r.settings());
    LetterKind kind = requested;
    DisclosureRegister register = null;
    Integer registerYear = null;
    if (requested.usesRegister()) {
      registerYear = c.receivedDate().getYear() - 1;
      int year = registerYear;
      register =
          r.letters()
              .register(year)
              .orElseThrow(() -> new RefusedException(Refusal.of("letter.noRegister", year)));
      kind = requested.resolve(register);
    }
    LetterKind resolved = kind;
    StoredTemplate template =
        fixedTemplate != null ? fixedTemplate : storedVersions(r, resolved).getFirst();
    CaseDetail detail = r.cases().detail(c.id()).orElseThrow();
    Map<String, String> facts = new HashMap<>();
    for (CaseDetail.Fact f : detail.facts()) {
      if (f.value() != null) {
        facts.put(f.field(), f.value());
      }
    }
    // The account-change notice goes to the number or address of record, which only the account
    // system knows; never to a contact given with the report (it may be the intruder's).
    String recipient =
        resolved == LetterKind.ACCOUNT_CHANGE_NOTICE
            ? ""
            : facts.getOrDefault("email", facts.getOrDefault("replyContact", ""));
    Map<String, String> values = new HashMap<>();
    values.put("case.number", Long.toString(c.id()));
    values.put("case.received", c.receivedDate().toString());
    values.put(
        "letter.date", LETTER_DATE.format(clock.instant().atZone(settings.zone()).toLocalDate()));
    values.put("recipient", recipient);
    values.put("optout.email", facts.getOrDefault("email", ""));
    values.put("optout.scope", scope(facts));
    if (register != null) {
      values.put("register.year", Integer.toString(register.year()));
      values.put(
          "register.categories",
          register.categories().stream()
              .sorted()
              .map(x -> "- " + x.statutoryText())
              .collect(Collectors.joining("\n")));
      values.put(
          "register.recipients",
          register.recipients().stream()
              .map(
                  x ->
                      "- "
                          + x.name().strip()
                          + ", "
                          + x.address().strip()
                          + (x.exampleProducts() == null || x.exampleProducts().isBlank()
                              ? ""
                              : " (for example: " + x.exampleProducts().strip() + ")"))
              .collect(Collectors.joining("\n")));
    }
    LetterTemplate t = template.template();
    String to = EmailAddress.isValid(recipient) ? recipient : null;
    String from =
        settings.designatedAddresses().isEmpty()
            ? NO_SENDER
            : settings.designatedAddresses().getFirst();
    String footer =
        "Case " + c.id() + " · " + resolved.documentName() + " · template version " + t.version();
    return new Rendered(
        new LetterRenderer.Letter(from, to, t.renderSubject(values), t.renderBody(values), footer),
        resolved,
        template,
        registerYear);
  }

  private static String scope(Map<String, String> facts) {
    String scope = facts.getOrDefault("scope", "");
    if (scope.equals("SELECTED_CATEGORIES")) {
      return "these categories: " + facts.getOrDefault("categories", "");
    }
    return scope.isEmpty() ? "" : "all commercial email";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
