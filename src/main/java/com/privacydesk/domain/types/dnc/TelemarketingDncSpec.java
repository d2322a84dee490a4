package com.privacydesk.domain.types.dnc;

import static com.privacydesk.domain.types.FactField.notPersonal;
import static com.privacydesk.domain.types.FactField.personal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.FactField;
import com.privacydesk.domain.types.FormTypeSpec;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.TypeFacts;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A company-specific do-not-call request under the TCPA (47 CFR 64.1200(d)): the customer's
 * telephone numbers go on the do-not-call list of every calling system. Honoured for five years, so
 * the records are kept at least 60 months, and a purged case keeps each number's hash: the number
 * stays on the list.
 */
public final class TelemarketingDncSpec implements FormTypeSpec<TelemarketingDncSpec.DncFacts> {
  /** Fact and form field names. */
  public static final String NUMBERS = "telephoneNumbers";

  public static final String SCOPE = "dncScope";

  /** The day the FCC 24-24 rule (10 business days) took effect; before it, 30 calendar days. */
  public static final LocalDate FCC_24_24_IN_FORCE = LocalDate.of(2025, 4, 11);

  public static final int CALENDAR_DAYS_BEFORE = 30;
  public static final int BUSINESS_DAYS_FROM = 10;

  /** The most numbers one request may list. */
  public static final int MAX_NUMBERS = 10;

  /** 47 CFR 64.1200(d)(6): honoured for five years. */
  public static final int MINIMUM_RETENTION_MONTHS = 60;

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** What the customer no longer wants. */
  public enum DncScope {
    ALL_MARKETING_CONTACT,
    LIVE_CALLS,
    TEXT_MESSAGES,
    PRERECORDED_CALLS
  }

  /**
   * The facts of a do-not-call request.
   *
   * @param telephoneNumbers the numbers in E.164 ({@code +12015550123}), at least one
   */
  public record DncFacts(List<String> telephoneNumbers, DncScope dncScope) implements TypeFacts {
    public DncFacts {
      telephoneNumbers = List.copyOf(telephoneNumbers);
    }

    @Override
    public CaseType type() {
      return CaseType.TELEMARKETING_DNC;
    }
  }

  @Override
  public CaseType type() {
    return CaseType.TELEMARKETING_DNC;
  }

  @Override
  public List<FactField> facts() {
    return List.of(personal(NUMBERS), notPersonal(SCOPE));
  }

  @Override
  public List<CaseClock> clocks(DeadlineRequest r, DeadlineRules rules) {
    if (r.start().isBefore(FCC_24_24_IN_FORCE)) {
      return List.of(
          rules.calendarClock(
              DeadlineRules.STATUTORY,
              "received",
              r.start(),
              CALENDAR_DAYS_BEFORE,
              "47 CFR 64.1200(d)(3) as in force before 2025-04-11 (rule version for requests"
                  + " received before FCC 24-24 took effect): honour the do-not-call request"
                  + " within a reasonable time, not more than 30 days"));
    }
    return List.of(
        rules.businessClock(
            DeadlineRules.STATUTORY,
            "received",
            r.start(),
            BUSINESS_DAYS_FROM,
            "47 CFR 64.1200(d)(3) as amended by FCC 24-24 (rule version in force from"
                + " 2025-04-11, the received date being on or after it): honour the do-not-call"
                + " request within 10 business days"));
  }

  @Override
  public ReportClock reportClock() {
    return ReportClock.STATUTORY;
  }

  @Override
  public int minimumRetentionMonths() {
    return MINIMUM_RETENTION_MONTHS;
  }

  @Override
  public Optional<String> newMenuShortcut() {
    return Optional.of("Shortcut+Shift+D");
  }

  @Override
  public IntakeCommon intakeCommon() {
    return IntakeCommon.byCustomer(false);
  }

  @Override
  public List<IntakeField> intakeFields() {
    return List.of(
        IntakeField.text(NUMBERS, true),
        IntakeField.choice(SCOPE, List.of(DncScope.values()), DncScope.ALL_MARKETING_CONTACT));
  }

  @Override
  public List<FieldError> validate(TypedIntake in) {
    List<FieldError> errors = new ArrayList<>();
    List<String> parts = split(in.answer(NUMBERS));
    if (parts.isEmpty()) {
      errors.add(new FieldError(NUMBERS, "required"));
    } else if (parts.size() > MAX_NUMBERS) {
      errors.add(new FieldError(NUMBERS, "phone.tooMany"));
    } else if (parts.stream().anyMatch(p -> e164(p).isEmpty())) {
      errors.add(new FieldError(NUMBERS, "phone.invalid"));
    }
    if (scope(in).isEmpty()) {
      errors.add(new FieldError(SCOPE, "required"));
    }
    return List.copyOf(errors);
  }

  @Override
  public DncFacts facts(TypedIntake in) {
    LinkedHashSet<String> numbers = new LinkedHashSet<>();
    for (String part : split(in.answer(NUMBERS))) {
      numbers.add(e164(part).orElseThrow(() -> new IllegalArgumentException("not validated")));
    }
    return new DncFacts(List.copyOf(numbers), scope(in).orElseThrow());
  }

  @Override
  public Map<String, String> values(DncFacts facts) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(NUMBERS, String.join(", ", facts.telephoneNumbers()));
    m.put(SCOPE, facts.dncScope().name());
    return m;
  }

  @Override
  public List<String> duplicateKeys(DncFacts facts) {
    return facts.telephoneNumbers();
  }

  @Override
  public String auditDetail(DncFacts facts) {
    return "scope=" + facts.dncScope() + "; numbers=" + facts.telephoneNumbers().size();
  }

  @Override
  public Optional<Systems> systems() {
    return Optional.of(
        new Systems("workflow.systems." + type(), List.of("Outbound dialer", "SMS platform")));
  }

  @Override
  public Map<String, String> demoAnswers(RandomGenerator random) {
    StringBuilder numbers = new StringBuilder(number(random));
    if (random.nextDouble() < 0.2) {
      numbers.append(", ").append(number(random));
    }
    DncScope[] scopes = DncScope.values();
    return Map.of(
        NUMBERS,
        numbers.toString(),
        SCOPE,
        random.nextDouble() < 0.7
            ? DncScope.ALL_MARKETING_CONTACT.name()
            : scopes[random.nextInt(scopes.length)].name());
  }

  @Override
  public Outcome demoOutcome(double p) {
    return p < 0.85
        ? Outcome.ADDED_TO_LIST
        : p < 0.95 ? Outcome.ALREADY_ON_LIST : Outcome.WITHDRAWN;
  }

  /** A fictional US number (555-01xx is reserved for fiction). */
  private static String number(RandomGenerator random) {
    return String.format("(201) 555-01%02d", random.nextInt(100));
  }

  private static Optional<DncScope> scope(TypedIntake in) {
    return in.choice(SCOPE, DncScope.class);
  }

  /** The numbers typed, split at commas, semicolons and line breaks. */
  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split("[,;\\n]", -1)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * {@code text} as an E.164 number if it is a valid one (a number without a country code is taken
   * as a US number).
   */
  public static Optional<String> e164(String text) {
    try {
      PhoneNumber number = PHONES.parse(text, "US");
      return PHONES.isValidNumber(number)
          ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
