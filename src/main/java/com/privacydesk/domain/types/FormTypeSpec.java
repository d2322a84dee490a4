package com.privacydesk.domain.types;

import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A request type declared completely by its spec: its intake form, validation, typed facts,
 * duplicate rule, systems, settings and demo data, besides what every {@link RequestTypeSpec} says.
 * Intake, the case window, the bulk writer, the report and the demo data serve such a type without
 * code of their own for it; persistence adds its facts mapper.
 *
 * @param <F> the type's facts record
 */
public interface FormTypeSpec<F extends TypeFacts> extends RequestTypeSpec {
  /** How the form asks for the facts every case records. */
  IntakeCommon intakeCommon();

  /** The type's own fields, in form order. */
  List<IntakeField> intakeFields();

  /** What is wrong with the type's own answers (the common facts are checked apart). */
  List<FieldError> validate(TypedIntake in);

  /** The typed facts of valid answers. */
  F facts(TypedIntake in);

  /** The facts as stored and shown, by {@link FactField} name (null: not recorded). */
  Map<String, String> values(F facts);

  /** What the deadline of a case with these facts depends on. */
  default DeadlineRequest deadlineRequest(TypedIntake in) {
    return DeadlineRequest.of(type(), in.common().receivedAt().toLocalDate());
  }

  /**
   * The keys a stored case of this type is found by when a new request may repeat it (e.g. a
   * telephone number in E.164); any stored case of the type with one of them, even purged, is
   * already on the list. Empty: the common rules (account, contact) only.
   */
  default List<String> duplicateKeys(F facts) {
    return List.of();
  }

  /** What the CASE_CREATE audit entry says about the facts: never personal data. */
  String auditDetail(F facts);

  /** A plausible intake for demo data: the type's own answers (the seeder adds the rest). */
  Map<String, String> demoAnswers(RandomGenerator random);

  /** A demo case's outcome, drawn with {@code p} uniform in [0, 1). */
  Outcome demoOutcome(double p);

  /** The form built from {@link #intakeCommon()} and {@link #intakeFields()}. */
  @Override
  default Optional<IntakeForm> intakeForm() {
    return Optional.of(
        IntakeForm.of(
            intakeCommon(),
            intakeFields(),
            TypedIntake.class,
            (common, answers) -> new TypedIntake(type(), common, answers.asText(intakeFields())),
            this::validateAll));
  }

  /** The common and the type's own errors of {@code in}, as intake checks them. */
  default List<FieldError> validateAll(TypedIntake in, LocalDateTime now) {
    List<FieldError> errors = new ArrayList<>();
    IntakeCommon c = intakeCommon();
    IntakeValidation.common(errors, in.common(), now, c.accountRequired(), c.contactRequired());
    if (in.common().channel() != null && !c.channels().contains(in.common().channel())) {
      errors.add(new FieldError(IntakeValidation.CHANNEL, "required"));
    }
    if (in.common().requesterKind() != null
        && !c.requesterKinds().contains(in.common().requesterKind())) {
      errors.add(new FieldError(IntakeValidation.REQUESTER, "requester.notForType"));
    }
    errors.addAll(validate(in));
    return List.copyOf(errors);
  }
}
