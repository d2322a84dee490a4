package com.privacydesk.app.demo;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.port.BulkCaseWriter.BreachFacts;
import com.privacydesk.app.port.BulkCaseWriter.CaFacts;
import com.privacydesk.app.port.BulkCaseWriter.ChildFacts;
import com.privacydesk.app.port.BulkCaseWriter.Facts;
import com.privacydesk.app.port.BulkCaseWriter.PasswordFacts;
import com.privacydesk.app.port.BulkCaseWriter.TypedFacts;
import com.privacydesk.app.port.UserRepository.StoredUser;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.BuiltInType;
import com.privacydesk.domain.types.FormTypeSpec;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.workflow.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * What each type's demo requests look like: channel, facts, outcome and addresses, drawn from the
 * seeding run's random stream. A type declared by a {@link FormTypeSpec} brings its own sample.
 */
final class DemoRequests {
  /** The types whose intake is built from their spec: their demo data comes from it too. */
  private static final List<CaseType> FORM_TYPES =
      java.util.Arrays.stream(CaseType.values()).filter(RequestTypes::hasForm).toList();

  private static final String[] FIRST = {
    "james",
    "mary",
    "robert",
    "patricia",
    "john",
    "jennifer",
    "michael",
    "linda",
    "david",
    "elizabeth",
    "william",
    "barbara",
    "richard",
    "susan",
    "joseph",
    "jessica",
    "thomas",
    "sarah",
    "chris",
    "karen",
    "daniel",
    "lisa",
    "matthew",
    "nancy",
    "anthony",
    "betty",
    "mark",
    "sandra",
    "maria",
    "jose",
    "wei",
    "aisha",
    "omar",
    "priya",
    "diego",
    "sofia",
    "kenji",
    "fatima",
    "ivan",
    "chloe"
  };
  private static final String[] LAST = {
    "smith",
    "johnson",
    "williams",
    "brown",
    "jones",
    "garcia",
    "miller",
    "davis",
    "rodriguez",
    "martinez",
    "hernandez",
    "lopez",
    "gonzalez",
    "wilson",
    "anderson",
    "thomas",
    "taylor",
    "moore",
    "jackson",
    "martin",
    "lee",
    "perez",
    "thompson",
    "white",
    "harris",
    "sanchez",
    "clark",
    "ramirez",
    "lewis",
    "robinson",
    "walker",
    "young",
    "allen",
    "king",
    "wright",
    "scott",
    "nguyen",
    "hill",
    "flores",
    "green"
  };
  private static final String[] DOMAINS = {
    "example.com",
    "example.net",
    "example.org",
    "mail.example.com",
    "inbox.example.net",
    "home.example.org",
    "corp.example.com",
    "web.example.net"
  };

  private final SplittableRandom rnd;
  private final CompanySettings settings;
  private final LocalDate today;
  private final List<StoredUser> leads;

  DemoRequests(
      SplittableRandom rnd, CompanySettings settings, LocalDate today, List<StoredUser> leads) {
    this.rnd = rnd;
    this.settings = settings;
    this.today = today;
    this.leads = List.copyOf(leads);
  }

  /** What a non-opt-out type's demo case is made of. */
  record Made(Facts facts, DeadlineRequest request, String createDetail) {}

  /** The facts, deadline request and audit detail of a demo case of any type but the opt-out. */
  Made made(
      CaseType type,
      Channel channel,
      Instant received,
      LocalDate receivedDate,
      String requesterKind,
      Long escalatedFrom) {
    // an expression over every built-in type: a new one does not compile until it has demo data
    return RequestTypes.of(type) instanceof FormTypeSpec<?> form
        ? made(form, channel, received, requesterKind)
        : switch (BuiltInType.of(type)) {
          case CA_DISCLOSURE -> {
            boolean designated = settings.isDesignated(channel);
            String basis = rnd.nextBoolean() ? "SERVICE_ADDRESS" : "BILLING_ADDRESS";
            Facts f =
                new CaFacts(
                    designated,
                    basis,
                    true,
                    "AUTHORIZED_AGENT".equals(requesterKind)
                        ? "Signed authorisation on file"
                        : null);
            DeadlineRequest r =
                new DeadlineRequest(type, receivedDate, designated, Optional.empty());
            yield new Made(f, r, "designated=" + designated + "; residency=" + basis);
          }
          case CHILD_DATA_DELETION -> {
            String trigger = rnd.nextDouble() < 0.8 ? "PARENT_REQUEST" : "LEARNED_WITHOUT_CONSENT";
            String verification =
                rnd.nextBoolean() ? "SIGNED_CONSENT_FORM" : "CALL_WITH_TRAINED_STAFF";
            Facts f =
                new ChildFacts(
                    trigger,
                    rnd.nextBoolean() ? "PARENT_STATEMENT" : "AGE_SCREEN_RECORD",
                    verification);
            DeadlineRequest r = DeadlineRequest.of(type, receivedDate);
            yield new Made(f, r, "trigger=" + trigger + "; verification=" + verification);
          }
          case PASSWORD_COMPROMISE -> {
            String auth =
                rnd.nextBoolean()
                    ? "ONE_TIME_CODE_TO_CONTACT_OF_RECORD"
                    : "CALL_BACK_TO_NUMBER_OF_RECORD";
            Facts f = new PasswordFacts(auth);
            DeadlineRequest r = DeadlineRequest.of(type, receivedDate);
            yield new Made(f, r, "authentication=" + auth);
          }
          case EMAIL_OPT_OUT -> throw new IllegalStateException("opt-outs are made above");
          case CPNI_BREACH -> {
            LocalDate notified = receivedDate.plusDays(1);
            Optional<LocalDate> le =
                notified.isAfter(today) ? Optional.empty() : Optional.of(notified);
            Facts f =
                new BreachFacts(
                    receivedDate,
                    pick(leads).username(),
                    "Unauthorised access to call records after a password compromise",
                    le.orElse(null));
            DeadlineRequest r = new DeadlineRequest(type, receivedDate, true, le);
            yield new Made(f, r, "from case " + escalatedFrom);
          }
        };
  }

  /** One of the types whose intake is built from their spec, evenly. */
  CaseType formType() {
    return FORM_TYPES.get(rnd.nextInt(FORM_TYPES.size()));
  }

  /** A demo case of a type declared by its spec, from the spec's sample answers. */
  private <F extends TypeFacts> Made made(
      FormTypeSpec<F> spec, Channel channel, Instant received, String requesterKind) {
    TypedIntake in =
        new TypedIntake(
            spec.type(),
            new CommonIntake(
                channel,
                LocalDateTime.ofInstant(received, settings.zone()),
                RequesterKind.valueOf(requesterKind),
                null,
                null),
            spec.demoAnswers(rnd));
    F facts = spec.facts(in);
    return new Made(new TypedFacts(facts), spec.deadlineRequest(in), spec.auditDetail(facts));
  }

  Outcome outcome(CaseType type, boolean escalated) {
    double p = rnd.nextDouble();
    if (RequestTypes.of(type) instanceof FormTypeSpec<?> form) {
      return form.demoOutcome(p);
    }
    return switch (BuiltInType.of(type)) {
      case EMAIL_OPT_OUT ->
          p < 0.85 ? Outcome.SUPPRESSED : p < 0.95 ? Outcome.ALREADY_SUPPRESSED : Outcome.WITHDRAWN;
      case CA_DISCLOSURE ->
          p < 0.58
              ? Outcome.FULFILLED
              : p < 0.84
                  ? Outcome.NO_DISCLOSURES
                  : p < 0.9
                      ? Outcome.NOT_CA_RESIDENT
                      : p < 0.94 ? Outcome.NOT_PERSONAL_RELATIONSHIP : Outcome.WITHDRAWN;
      case CHILD_DATA_DELETION ->
          p < 0.7
              ? Outcome.DELETED
              : p < 0.85
                  ? Outcome.NO_DATA_HELD
                  : p < 0.95 ? Outcome.PARENT_NOT_VERIFIED : Outcome.WITHDRAWN;
      case PASSWORD_COMPROMISE ->
          escalated
              ? Outcome.ESCALATED_TO_BREACH
              : p < 0.85
                  ? Outcome.SECURED
                  : p < 0.94 ? Outcome.NOT_COMPROMISED : Outcome.UNABLE_TO_AUTHENTICATE;
      case CPNI_BREACH -> p < 0.85 ? Outcome.CUSTOMERS_NOTIFIED : Outcome.NO_BREACH;
    };
  }

  /** When the work was done: mostly on time, some late; opt-outs after the send check is due. */
  Channel channel(CaseType type) {
    double p = rnd.nextDouble();
    if (RequestTypes.of(type) instanceof FormTypeSpec<?> form) {
      IntakeCommon common = form.intakeCommon();
      return p < 0.6 ? common.initialChannel() : pick(common.channels());
    }
    return switch (BuiltInType.of(type)) {
      case EMAIL_OPT_OUT ->
          p < 0.45
              ? Channel.WEB_FORM
              : p < 0.75 ? Channel.OTHER_EMAIL : p < 0.9 ? Channel.PHONE : Channel.CHAT;
      case CA_DISCLOSURE ->
          p < 0.45
              ? Channel.DESIGNATED_EMAIL
              : p < 0.75
                  ? Channel.POSTAL_MAIL
                  : p < 0.85 ? Channel.OTHER_EMAIL : p < 0.95 ? Channel.PHONE : Channel.WEB_FORM;
      case CHILD_DATA_DELETION ->
          p < 0.4
              ? Channel.PHONE
              : p < 0.7 ? Channel.OTHER_EMAIL : p < 0.9 ? Channel.WEB_FORM : Channel.POSTAL_MAIL;
      case PASSWORD_COMPROMISE ->
          p < 0.5
              ? Channel.PHONE
              : p < 0.75 ? Channel.CHAT : p < 0.85 ? Channel.IN_PERSON : Channel.WEB_FORM;
      case CPNI_BREACH -> Channel.INTERNAL;
    };
  }

  String email() {
    String first = FIRST[rnd.nextInt(FIRST.length)];
    String last = LAST[rnd.nextInt(LAST.length)];
    String local =
        switch (rnd.nextInt(3)) {
          case 0 -> first + "." + last;
          case 1 -> first.charAt(0) + last;
          default -> first + "_" + last;
        };
    return local + rnd.nextInt(10_000) + "@" + DOMAINS[rnd.nextInt(DOMAINS.length)];
  }

  <T> T pick(List<T> from) {
    return from.get(rnd.nextInt(from.size()));
  }
}
