package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;
import java.util.Map;

/**
 * The intake of a type whose form is built entirely from its spec ({@code
 * domain.types.FormTypeSpec}): the common facts and the type's own answers by field name (enum
 * answers by constant name). The spec validates the answers and turns them into typed facts.
 */
public record TypedIntake(CaseType type, CommonIntake common, Map<String, String> answers)
    implements Intake {
  public TypedIntake {
    answers = Map.copyOf(answers);
  }

  /**
   * The answer to choice field {@code name} as a constant of {@code type}, or empty when none or
   * not one of them.
   */
  public <E extends Enum<E>> java.util.Optional<E> choice(String name, Class<E> type) {
    try {
      return java.util.Optional.of(Enum.valueOf(type, answer(name)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /** The answer to field {@code name}, stripped; "" when not given. */
  public String answer(String name) {
    String value = answers.get(name);
    return value == null ? "" : value.strip();
  }
}
