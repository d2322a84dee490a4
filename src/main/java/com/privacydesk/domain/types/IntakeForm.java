package com.privacydesk.domain.types;

import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.Intake;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A type's intake form as its spec declares it: the common fields as it asks them, then its own
 * fields in order; the intake record the answers make, and what is wrong with one (the rules the
 * service applies on saving). The intake window is built from it and has no code for any type.
 */
public final class IntakeForm {
  private final IntakeCommon common;
  private final List<IntakeField> fields;
  private final BiFunction<CommonIntake, Answers, Intake> make;
  private final BiFunction<Intake, LocalDateTime, List<FieldError>> validate;

  private IntakeForm(
      IntakeCommon common,
      List<IntakeField> fields,
      BiFunction<CommonIntake, Answers, Intake> make,
      BiFunction<Intake, LocalDateTime, List<FieldError>> validate) {
    this.common = common;
    this.fields = List.copyOf(fields);
    this.make = make;
    this.validate = validate;
  }

  /**
   * A form whose answers make an intake record of class {@code record}.
   *
   * @param make the record the common part and the answers to {@code fields} describe
   * @param validate what is wrong with such a record at {@code now} (empty: it can be saved)
   */
  public static <I extends Intake> IntakeForm of(
      IntakeCommon common,
      List<IntakeField> fields,
      Class<I> record,
      BiFunction<CommonIntake, Answers, I> make,
      BiFunction<I, LocalDateTime, List<FieldError>> validate) {
    return new IntakeForm(
        common, fields, make::apply, (in, now) -> validate.apply(record.cast(in), now));
  }

  /** How the form asks the common fields (channels, requester kinds, what is required). */
  public IntakeCommon common() {
    return common;
  }

  /** The type's own fields, after the common ones. */
  public List<IntakeField> fields() {
    return fields;
  }

  /** The intake record the form describes. */
  public Intake record(CommonIntake commonPart, Answers answers) {
    return make.apply(commonPart, answers);
  }

  /** What is wrong with {@code in} at {@code now}; empty when it can be saved. */
  public List<FieldError> validate(Intake in, LocalDateTime now) {
    return validate.apply(in, now);
  }

  /**
   * The answers to a form's own fields by name: a {@code String} for a {@link
   * IntakeField.Kind#TEXT}, the chosen constant for a {@link IntakeField.Kind#CHOICE}, a {@code
   * Boolean} for a {@link IntakeField.Kind#CHECK}; null where nothing was entered or chosen.
   */
  public static final class Answers {
    private final Map<String, @Nullable Object> values;

    public Answers(Map<String, ? extends @Nullable Object> values) {
      this.values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** The text typed into {@code name} (null when none). */
    public @Nullable String text(String name) {
      return (String) values.get(name);
    }

    /** The constant chosen in {@code name} (null when none). */
    public <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
      return type.cast(values.get(name));
    }

    /** Whether {@code name} is ticked. */
    public boolean checked(String name) {
      return Boolean.TRUE.equals(values.get(name));
    }

    /** Every answer to {@code fields} as text: a constant's name, "" for none. */
    public Map<String, String> asText(List<IntakeField> fields) {
      Map<String, String> out = new java.util.LinkedHashMap<>();
      for (IntakeField f : fields) {
        Object v = values.get(f.name());
        out.put(f.name(), v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString());
      }
      return out;
    }
  }
}
