package com.privacydesk.domain.workflow;

import com.privacydesk.domain.CaseType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A case's checklist: which items it has (per-system items once per configured system, plus any
 * system ticked earlier and since removed from the list), which are required, which are done, and
 * whether a tick is acceptable.
 */
public final class Checklist {
  /** One line of a case's checklist. */
  public record Entry(
      ChecklistItem item, @Nullable String system, boolean required, @Nullable Tick tick) {
    /** {@code ITEM} or {@code ITEM:system}: how a tick is stored. */
    public String key() {
      return Checklist.key(item, system);
    }

    public boolean done() {
      return tick != null;
    }
  }

  /**
   * What decides which items a case has.
   *
   * @param byAgent whether an attorney or agent made the request (CA: the authority item)
   * @param systems the configured systems for the type's per-system item
   */
  public record Context(CaseType type, boolean byAgent, List<String> systems) {
    public Context {
      systems = List.copyOf(systems);
    }
  }

  /** What a tick is checked against. */
  public record TickFacts(
      LocalDate today,
      LocalDate received,
      Optional<LocalDate> statutoryDue,
      Optional<LocalDate> lawEnforcementNotified,
      Optional<LocalDate> earliestCustomerNotice,
      boolean hasEscalation) {}

  private Checklist() {}

  /** The stored key of an item, with its system when per-system. */
  public static String key(ChecklistItem item, @Nullable String system) {
    return system == null ? item.name() : item.name() + ":" + system;
  }

  /** The checklist of a case in display order, with {@code ticks} (by key) applied. */
  public static List<Entry> entries(Context ctx, Map<String, Tick> ticks) {
    List<Entry> out = new ArrayList<>();
    for (ChecklistItem item : ChecklistItem.of(ctx.type())) {
      if (item == ChecklistItem.AGENT_AUTHORITY && !ctx.byAgent()) {
        continue;
      }
      if (item.perSystem()) {
        Set<String> systems = new LinkedHashSet<>(ctx.systems());
        String prefix = item.name() + ":";
        ticks.keySet().stream()
            .filter(k -> k.startsWith(prefix))
            .map(k -> k.substring(prefix.length()))
            .forEach(systems::add);
        for (String system : systems) {
          out.add(
              new Entry(
                  item, system, ctx.systems().contains(system), ticks.get(key(item, system))));
        }
      } else {
        out.add(new Entry(item, null, !item.optional(), ticks.get(item.name())));
      }
    }
    return List.copyOf(out);
  }

  /** The required items still open for closing with {@code outcome}. */
  public static List<Entry> missingFor(Outcome outcome, List<Entry> entries) {
    return entries.stream()
        .filter(e -> !e.done() && outcome.needs(e.item(), e.required()))
        .toList();
  }

  /** Why ticking {@code item} with this date and choice is not acceptable, if it is not. */
  public static Optional<Refusal> checkTick(
      ChecklistItem item, LocalDate date, String choice, TickFacts facts) {
    ChecklistItem.Evidence evidence = item.evidence();
    if (evidence.dated()) {
      if (date == null) {
        return Optional.of(Refusal.of("tick.dateRequired"));
      }
      if (date.isAfter(facts.today())) {
        return Optional.of(Refusal.of("tick.dateFuture"));
      }
      if (date.isBefore(facts.received())) {
        return Optional.of(Refusal.of("tick.dateBeforeReceived", facts.received().toString()));
      }
    } else if (date != null) {
      return Optional.of(Refusal.of("tick.noDate"));
    }
    if (evidence.chosen()) {
      if (choice == null || !item.choices().contains(choice)) {
        return Optional.of(Refusal.of("tick.choiceRequired"));
      }
    } else if (choice != null) {
      return Optional.of(Refusal.of("tick.noChoice"));
    }
    return switch (item) {
      case POST_DEADLINE_SEND_CHECK ->
          facts
              .statutoryDue()
              .filter(date::isBefore)
              .map(due -> Refusal.of("tick.beforeDeadline", due.toString()));
      case CPNI_REACHED ->
          "YES".equals(choice) && !facts.hasEscalation()
              ? Optional.of(Refusal.of("tick.escalationMissing"))
              : Optional.empty();
      case CUSTOMERS_NOTIFIED -> customerNotice(date, choice, facts);
      default -> Optional.empty();
    };
  }

  private static Optional<Refusal> customerNotice(LocalDate date, String choice, TickFacts facts) {
    if (facts.lawEnforcementNotified().isEmpty()) {
      return Optional.of(Refusal.of("tick.lawEnforcementFirst"));
    }
    LocalDate earliest = facts.earliestCustomerNotice().orElse(null);
    if (earliest != null && date.isBefore(earliest) && !"AGENCY_AGREED_EARLIER".equals(choice)) {
      return Optional.of(Refusal.of("tick.customerNoticeTooEarly", earliest.toString()));
    }
    return Optional.empty();
  }
}
