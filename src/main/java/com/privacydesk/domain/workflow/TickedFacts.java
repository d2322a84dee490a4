package com.privacydesk.domain.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Facts that a checklist tick establishes. Intake records what the requester said; the checklist
 * records what the agent verified. Where both speak of the same fact, the checklist is the one
 * piece of data, and the case's Overview shows its value, so the two places never disagree (a
 * reviewer approves on the Overview).
 */
public final class TickedFacts {
  /** Shown for a verification fact whose checklist line is still open. */
  public static final String NOT_CONFIRMED = "NOT_CONFIRMED";

  private TickedFacts() {}

  /** The fact field {@code item} establishes, or null when it establishes none shown elsewhere. */
  public static @Nullable String field(ChecklistItem item) {
    return switch (item) {
      case PARENT_VERIFIED -> "parentVerification";
      case PERSONAL_RELATIONSHIP -> "personalRelationship";
      default -> null;
    };
  }

  /**
   * The value the fact of {@code entry}'s item shows: the tick's, or while the line is open what
   * intake recorded when that says "not verified" / "no", else that it is not confirmed yet.
   * (Intake ticks the line itself when it records a verification, so an open line never carries
   * one.)
   */
  public static String value(Checklist.Entry entry, @Nullable String intakeValue) {
    return switch (entry.item()) {
      case PARENT_VERIFIED -> {
        // a tick of this line always records the method (Checklist refuses one without)
        Tick tick = entry.tick();
        String method = tick == null ? null : tick.choice();
        yield method != null
            ? method
            : "NOT_VERIFIED".equals(intakeValue) ? "NOT_VERIFIED" : "PENDING";
      }
      case PERSONAL_RELATIONSHIP ->
          entry.done() ? "true" : "false".equals(intakeValue) ? "false" : NOT_CONFIRMED;
      default -> throw new IllegalArgumentException(entry.item() + " establishes no fact");
    };
  }

  /**
   * Fact field → value for every fact the lines of {@code checklist} establish, given the values
   * intake recorded ({@code intake}: field → value).
   */
  public static Map<String, String> of(
      List<Checklist.Entry> checklist, Map<String, String> intake) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Checklist.Entry e : checklist) {
      String field = field(e.item());
      if (field != null) {
        out.put(field, value(e, intake.get(field)));
      }
    }
    return out;
  }
}
