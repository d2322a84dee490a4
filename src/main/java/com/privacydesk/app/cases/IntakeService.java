package com.privacydesk.app.cases;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.NotFoundException;
import com.privacydesk.app.ValidationException;
import com.privacydesk.app.port.CaseRepository;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.FormTypeSpec;
import com.privacydesk.domain.types.KeyHash;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.user.Permission;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.DuplicateRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs new requests of every type: validates (nothing is saved if any field is wrong), computes the
 * clocks under the settings in force, and saves the case, its facts, its clocks and the audit entry
 * in one transaction.
 */
public final class IntakeService {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

  /** Link kind from a password-compromise case to the CPNI breach opened from it. */
  public static final String ESCALATED_TO = "ESCALATED_TO";

  private final TransactionRunner tx;
  private final Clock clock;
  private final NewCases cases;

  public IntakeService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
    this.cases = new NewCases(clock);
  }

  /** Logs an email opt-out, refusing if it may duplicate a stored case. */
  public long logOptOut(Actor actor, OptOutIntake in) {
    return logOptOut(actor, in, Duplicates.check());
  }

  /** Logs an email opt-out (CAN-SPAM): the address and the scope, nothing more. */
  public long logOptOut(Actor actor, OptOutIntake in, Duplicates duplicates) {
    return create(
        actor,
        now -> IntakeValidation.validateOptOut(in, now),
        duplicates,
        () ->
            new DuplicateRules.Probe(
                CaseType.EMAIL_OPT_OUT,
                in.receivedAt().toLocalDate(),
                null,
                new EmailAddress(in.email()).normalized()),
        (r, s) -> insertOptOut(r, s, actor, in));
  }

  /** Stores a validated opt-out in the caller's transaction, as {@link #insertOptOuts} does. */
  private long insertOptOut(Repositories r, CompanySettings s, Actor actor, OptOutIntake in) {
    long id = insertOptOuts(r, s, actor, List.of(in), List.of("")).getFirst();
    LOG.info("Case {} created: {} by user {}", id, CaseType.EMAIL_OPT_OUT, actor.userId());
    return id;
  }

  /**
   * Stores validated opt-outs in the caller's transaction, a few statements for all of them: the
   * cases, their clocks, their facts and a CASE_CREATE audit entry each ({@code auditSuffixes}, one
   * per opt-out, appended to the entry's detail). Shared by intake and the bulk import.
   *
   * @return the new case ids, in the order given
   */
  List<Long> insertOptOuts(
      Repositories r,
      CompanySettings s,
      Actor actor,
      List<OptOutIntake> ins,
      List<String> auditSuffixes) {
    List<NewCases.Planned> plans = new java.util.ArrayList<>(ins.size());
    for (int i = 0; i < ins.size(); i++) {
      OptOutIntake in = ins.get(i);
      plans.add(
          cases.plan(
              s,
              actor,
              CaseType.EMAIL_OPT_OUT,
              in.channel(),
              in.receivedAt(),
              null,
              null,
              null,
              new EmailAddress(in.email()).normalized(),
              DeadlineRequest.of(CaseType.EMAIL_OPT_OUT, in.receivedAt().toLocalDate()),
              "scope=" + in.scope() + auditSuffixes.get(i)));
    }
    List<Long> ids = r.cases().insertCases(plans.stream().map(NewCases.Planned::row).toList());
    Map<Long, List<CaseClock>> clocks = new java.util.LinkedHashMap<>();
    List<CaseRepository.OptOutRow> facts = new java.util.ArrayList<>(ins.size());
    List<AuditEntry> entries = new java.util.ArrayList<>(ins.size());
    Instant now = clock.instant();
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      OptOutIntake in = ins.get(i);
      EmailAddress email = new EmailAddress(in.email());
      String categories = in.categories() == null ? "" : in.categories().strip();
      clocks.put(id, plans.get(i).clocks());
      facts.add(
          new CaseRepository.OptOutRow(
              id,
              email.value(),
              email.normalized(),
              in.scope(),
              categories.isEmpty() ? null : categories));
      entries.add(plans.get(i).audit(actor, now, id));
    }
    r.cases().insertClocks(clocks);
    r.cases().insertOptOuts(facts);
    r.audit().appendAll(entries);
    return ids;
  }

  /** Logs a California "Shine the Light" request. */
  public long logCaDisclosure(Actor actor, CaDisclosureIntake in) {
    return logCaDisclosure(actor, in, Duplicates.check());
  }

  /** As {@link #logCaDisclosure(Actor, CaDisclosureIntake)}, with a decision on duplicates. */
  public long logCaDisclosure(Actor actor, CaDisclosureIntake in, Duplicates duplicates) {
    return create(
        actor,
        now -> IntakeValidation.validateCaDisclosure(in, now),
        duplicates,
        () -> DuplicateFinder.probe(CaseType.CA_DISCLOSURE, in.common()),
        (r, s) -> {
          CommonIntake c = in.common();
          boolean designated = s.isDesignated(c.channel());
          long id =
              cases.insertCommon(
                  r,
                  s,
                  actor,
                  CaseType.CA_DISCLOSURE,
                  c,
                  new DeadlineRequest(
                      CaseType.CA_DISCLOSURE,
                      c.receivedAt().toLocalDate(),
                      designated,
                      Optional.empty()),
                  "designated=" + designated + "; residency=" + in.residencyBasis());
          r.cases()
              .insertCaDisclosure(
                  id,
                  designated,
                  in.residencyBasis().name(),
                  in.personalRelationship(),
                  trimToNull(in.agentAuthority()));
          if (in.personalRelationship()) {
            tickAtIntake(r, actor, id, ChecklistItem.PERSONAL_RELATIONSHIP, null);
          }
          return id;
        });
  }

  /** Logs a COPPA deletion of a child's data (no child identifiers are accepted). */
  public long logChildDeletion(Actor actor, ChildDeletionIntake in) {
    return logChildDeletion(actor, in, Duplicates.check());
  }

  /** As {@link #logChildDeletion(Actor, ChildDeletionIntake)}, with a decision on duplicates. */
  public long logChildDeletion(Actor actor, ChildDeletionIntake in, Duplicates duplicates) {
    return create(
        actor,
        now -> IntakeValidation.validateChildDeletion(in, now),
        duplicates,
        () -> DuplicateFinder.probe(CaseType.CHILD_DATA_DELETION, in.common()),
        (r, s) -> {
          CommonIntake c = in.common();
          long id =
              cases.insertCommon(
                  r,
                  s,
                  actor,
                  CaseType.CHILD_DATA_DELETION,
                  c,
                  DeadlineRequest.of(CaseType.CHILD_DATA_DELETION, c.receivedAt().toLocalDate()),
                  "trigger=" + in.trigger() + "; verification=" + in.parentVerification());
          r.cases()
              .insertChildDeletion(
                  id,
                  in.trigger().name(),
                  in.under13Basis().name(),
                  in.parentVerification().name());
          if (ChecklistItem.PARENT_VERIFIED.choices().contains(in.parentVerification().name())) {
            tickAtIntake(
                r, actor, id, ChecklistItem.PARENT_VERIFIED, in.parentVerification().name());
          }
          return id;
        });
  }

  /**
   * A verification recorded at intake is the tick of the checklist line it completes (the Overview
   * shows the checklist's value: one piece of data, never two that can disagree).
   */
  private void tickAtIntake(
      Repositories r, Actor actor, long caseId, ChecklistItem item, String choice) {
    CaseRecords.recordTick(r, actor, caseId, item.name(), null, null, choice, clock.instant());
  }

  /** Logs a password-compromise report. */
  public long logPasswordCompromise(Actor actor, PasswordCompromiseIntake in) {
    return logPasswordCompromise(actor, in, Duplicates.check());
  }

  /**
   * As {@link #logPasswordCompromise(Actor, PasswordCompromiseIntake)}, with a decision on
   * duplicates.
   */
  public long logPasswordCompromise(
      Actor actor, PasswordCompromiseIntake in, Duplicates duplicates) {
    return create(
        actor,
        now -> IntakeValidation.validatePasswordCompromise(in, now),
        duplicates,
        () -> DuplicateFinder.probe(CaseType.PASSWORD_COMPROMISE, in.common()),
        (r, s) -> {
          CommonIntake c = in.common();
          long id =
              cases.insertCommon(
                  r,
                  s,
                  actor,
                  CaseType.PASSWORD_COMPROMISE,
                  c,
                  DeadlineRequest.of(CaseType.PASSWORD_COMPROMISE, c.receivedAt().toLocalDate()),
                  "authentication=" + in.authentication());
          r.cases().insertPasswordCompromise(id, in.authentication().name());
          return id;
        });
  }

  /** Logs a request of a type whose intake is built from its spec, refusing possible duplicates. */
  public long logTyped(Actor actor, TypedIntake in) {
    return logTyped(actor, in, Duplicates.check());
  }

  /**
   * Logs a request of a type declared by a {@link FormTypeSpec}: the spec validates the answers,
   * turns them into typed facts and names the keys a repeat is found by.
   */
  public long logTyped(Actor actor, TypedIntake in, Duplicates duplicates) {
    FormTypeSpec<?> spec = RequestTypes.form(in.type());
    return logTyped(actor, in, duplicates, spec);
  }

  private <F extends TypeFacts> long logTyped(
      Actor actor, TypedIntake in, Duplicates duplicates, FormTypeSpec<F> spec) {
    return create(
        actor,
        now -> spec.validateAll(in, now),
        duplicates,
        () -> DuplicateFinder.probe(in.type(), in.common()),
        keyHashes(spec, in),
        (r, s) -> {
          F facts = spec.facts(in);
          long id =
              cases.insertCommon(
                  r,
                  s,
                  actor,
                  in.type(),
                  in.common(),
                  spec.deadlineRequest(in),
                  spec.auditDetail(facts));
          r.cases().insertTypeFacts(id, facts);
          return id;
        });
  }

  /**
   * The hashes of the duplicate keys of {@code in}'s facts (none while the answers are invalid).
   */
  private static <F extends TypeFacts> Supplier<List<String>> keyHashes(
      FormTypeSpec<F> spec, TypedIntake in) {
    return () -> spec.duplicateKeys(spec.facts(in)).stream().map(KeyHash::of).toList();
  }

  /** Opens a CPNI breach from a password-compromise case and links the two. */
  public long openCpniBreach(Actor actor, CpniBreachIntake in) {
    actor.require(Permission.CREATE_CASE);
    return tx.inTransaction(
        actor,
        r -> {
          CaseSummary source =
              r.cases()
                  .find(in.passwordCaseId())
                  .filter(c -> c.type() == CaseType.PASSWORD_COMPROMISE)
                  .orElseThrow(
                      () ->
                          new NotFoundException("Password-compromise case " + in.passwordCaseId()));
          CompanySettings s = CompanySettings.load(r.settings());
          Instant now = clock.instant();
          List<FieldError> errors =
              IntakeValidation.validateCpniBreach(
                  in, source.receivedDate(), LocalDateTime.ofInstant(now, s.zone()).toLocalDate());
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          DeadlineRequest request =
              new DeadlineRequest(
                  CaseType.CPNI_BREACH,
                  in.determinedOn(),
                  true,
                  Optional.ofNullable(in.lawEnforcementNotifiedOn()));
          long id =
              cases.insert(
                  r,
                  actor,
                  cases.plan(
                      s,
                      actor,
                      CaseType.CPNI_BREACH,
                      Channel.INTERNAL,
                      in.determinedOn().atStartOfDay(),
                      null,
                      null,
                      null,
                      null,
                      request,
                      "from case " + source.id()));
          r.cases()
              .insertCpniBreach(
                  id,
                  in.determinedOn(),
                  in.determinedBy().strip(),
                  in.description().strip(),
                  in.lawEnforcementNotifiedOn());
          CaseRecords.insertLink(r, actor, source.id(), id, ESCALATED_TO, now);
          return id;
        });
  }

  private interface Work {
    long apply(Repositories r, CompanySettings settings);
  }

  private long create(
      Actor actor,
      Function<LocalDateTime, List<FieldError>> validate,
      Duplicates duplicates,
      Supplier<DuplicateRules.Probe> probe,
      Work work) {
    return create(actor, validate, duplicates, probe, List::of, work);
  }

  private long create(
      Actor actor,
      Function<LocalDateTime, List<FieldError>> validate,
      Duplicates duplicates,
      Supplier<DuplicateRules.Probe> probe,
      Supplier<List<String>> keyHashes,
      Work work) {
    actor.require(Permission.CREATE_CASE);
    if (duplicates.mail() != null) {
      actor.require(Permission.HANDLE_MAIL);
    }
    return tx.inTransaction(
        actor,
        r -> {
          if (duplicates.mail() != null) {
            // refused before anything is written when someone handled the message first
            MailReceipts.unhandled(r, duplicates.mail());
          }
          CompanySettings settings = CompanySettings.load(r.settings());
          List<FieldError> errors =
              validate.apply(LocalDateTime.ofInstant(clock.instant(), settings.zone()));
          if (!errors.isEmpty()) {
            throw new ValidationException(errors);
          }
          if (duplicates.checkFirst()) {
            List<DuplicateRules.Match> matches =
                DuplicateFinder.withKeys(
                    r,
                    probe.get().type(),
                    keyHashes.get(),
                    DuplicateFinder.matches(r, probe.get()));
            if (!matches.isEmpty()) {
              throw new DuplicatesFoundException(matches);
            }
          }
          if (duplicates.linkTo() != null && r.cases().find(duplicates.linkTo()).isEmpty()) {
            throw new NotFoundException("Case " + duplicates.linkTo());
          }
          long id = work.apply(r, settings);
          if (duplicates.linkTo() != null) {
            CaseRecords.insertLink(
                r, actor, id, duplicates.linkTo(), WorkflowService.DUPLICATE_OF, clock.instant());
          }
          if (duplicates.mail() != null) {
            MailReceipts.converted(r, actor, duplicates.mail(), id, clock.instant());
          }
          return id;
        });
  }

  /**
   * Records a repeat of a request on an existing case instead of opening a new one: a note saying
   * when and how it came in (no personal data), audited like any note.
   */
  public void recordRepeat(Actor actor, long caseId, Channel channel, LocalDateTime receivedAt) {
    recordRepeat(actor, caseId, channel, receivedAt, null);
  }

  /**
   * As {@link #recordRepeat(Actor, long, Channel, LocalDateTime)}; when the repeat came as incoming
   * message {@code mail}, that message is marked a duplicate of the case in the same transaction.
   */
  public void recordRepeat(
      Actor actor, long caseId, Channel channel, LocalDateTime receivedAt, Long mail) {
    actor.require(Permission.WORK_CASE);
    if (mail != null) {
      actor.require(Permission.HANDLE_MAIL);
    }
    tx.inTransaction(
        actor,
        r -> {
          if (mail != null) {
            MailReceipts.dismissed(
                r,
                actor,
                mail,
                com.privacydesk.domain.mail.Dismissal.DUPLICATE,
                caseId,
                clock.instant());
          }
          repeatNote(r, actor, caseId, channel, receivedAt, clock.instant());
          return null;
        });
  }

  static String trimToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** What turning several opt-out emails into cases did. */
  public record MailOptOuts(
      List<Long> created, Map<Long, Long> repeats, List<Long> notAnAddress, List<Long> handled) {}

  /**
   * Turns several incoming opt-out emails into opt-out cases in one transaction: each sender's
   * address, all commercial email, received at the server's time. A sender with an open or done
   * opt-out already gets no second case: the message is recorded as a repeat on that case. A sender
   * that is no valid address stays in the list for the agent; a message someone else handled
   * meanwhile is left alone.
   */
  public MailOptOuts optOutsFromMail(Actor actor, List<Long> incomingIds) {
    actor.require(Permission.CREATE_CASE);
    actor.require(Permission.HANDLE_MAIL);
    return tx.inTransaction(
        actor,
        r -> {
          CompanySettings s = CompanySettings.load(r.settings());
          Instant now = clock.instant();
          List<OptOutIntake> ins = new java.util.ArrayList<>();
          List<Long> mails = new java.util.ArrayList<>();
          Map<Long, Long> repeats = new java.util.LinkedHashMap<>();
          List<Long> invalid = new java.util.ArrayList<>();
          List<Long> handled = new java.util.ArrayList<>();
          Map<String, Integer> inThisStep = new java.util.HashMap<>();
          Map<Long, Integer> sameSender = new java.util.LinkedHashMap<>();
          Map<Long, LocalDateTime> sameSenderReceived = new java.util.HashMap<>();
          for (long mailId : incomingIds) {
            var m = r.mail().incoming(mailId).orElse(null);
            if (m == null || m.status() != com.privacydesk.app.port.IncomingMail.Status.NEW) {
              handled.add(mailId);
              continue;
            }
            if (m.from() == null || !EmailAddress.isValid(m.from())) {
              invalid.add(mailId);
              continue;
            }
            LocalDateTime received = LocalDateTime.ofInstant(m.receivedAt(), s.zone());
            Channel channel = m.designated() ? Channel.DESIGNATED_EMAIL : Channel.OTHER_EMAIL;
            String normalized = new EmailAddress(m.from()).normalized();
            List<DuplicateRules.Match> matches =
                DuplicateFinder.matches(
                    r,
                    new DuplicateRules.Probe(
                        CaseType.EMAIL_OPT_OUT, received.toLocalDate(), null, normalized));
            if (!matches.isEmpty()) {
              long existing = matches.getFirst().candidate().caseId();
              repeatNote(r, actor, existing, channel, received, now);
              MailReceipts.dismissed(
                  r, actor, mailId, com.privacydesk.domain.mail.Dismissal.DUPLICATE, existing, now);
              repeats.put(mailId, existing);
              continue;
            }
            Integer first = inThisStep.get(normalized);
            if (first != null) {
              // the same sender twice in one step: the second is a repeat of the first's case
              sameSender.put(mailId, first);
              sameSenderReceived.put(mailId, received);
              continue;
            }
            OptOutIntake in =
                new OptOutIntake(m.from(), OptOutScope.ALL_COMMERCIAL, null, channel, received);
            List<FieldError> errors =
                IntakeValidation.validateOptOut(in, LocalDateTime.ofInstant(now, s.zone()));
            if (!errors.isEmpty()) {
              invalid.add(mailId);
              continue;
            }
            inThisStep.put(normalized, ins.size());
            ins.add(in);
            mails.add(mailId);
          }
          List<Long> ids =
              ins.isEmpty()
                  ? List.of()
                  : insertOptOuts(
                      r, s, actor, ins, mails.stream().map(id -> "; mail=" + id).toList());
          for (int i = 0; i < ids.size(); i++) {
            MailReceipts.converted(r, actor, mails.get(i), ids.get(i), now);
          }
          for (Map.Entry<Long, Integer> e : sameSender.entrySet()) {
            long existing = ids.get(e.getValue());
            LocalDateTime received = sameSenderReceived.get(e.getKey());
            Channel channel = ins.get(e.getValue()).channel();
            repeatNote(r, actor, existing, channel, received, now);
            MailReceipts.dismissed(
                r,
                actor,
                e.getKey(),
                com.privacydesk.domain.mail.Dismissal.DUPLICATE,
                existing,
                now);
            repeats.put(e.getKey(), existing);
          }
          LOG.info(
              "{} opt-out cases made from mail, {} repeats, by user {}",
              ids.size(),
              repeats.size(),
              actor.userId());
          return new MailOptOuts(ids, repeats, invalid, handled);
        });
  }

  private static void repeatNote(
      Repositories r,
      Actor actor,
      long caseId,
      Channel channel,
      LocalDateTime receivedAt,
      Instant now) {
    CaseSummary existing =
        r.cases().find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    CaseLock.claim(r, caseId, existing.version(), actor.userId(), now);
    String body =
        "Repeat request received "
            + receivedAt.toLocalDate()
            + " "
            + receivedAt.toLocalTime().withSecond(0).withNano(0)
            + " via "
            + channel
            + "; recorded on this case instead of a new one.";
    WorkflowService.insertNote(r, actor, caseId, now, body, "repeat request via " + channel);
  }
}
