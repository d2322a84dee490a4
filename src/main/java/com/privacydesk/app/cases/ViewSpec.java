package com.privacydesk.app.cases;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a queue view selects, in terms that stay true from day to day ("mine", "due within 3
 * business days"): the form a view is saved in. {@link CaseQueries} turns it into a database filter
 * for a given user and day.
 *
 * @param assigneeId the user when {@code assignee} is {@link Assignee#USER}
 * @param dueDays business days ahead when {@code due} is {@link Due#WITHIN} or {@link Due#NEXT}
 */
public record ViewSpec(
    Set<CaseType> types,
    Set<CaseStatus> statuses,
    Set<Channel> channels,
    Assignee assignee,
    Long assigneeId,
    boolean openOnly,
    LocalDate receivedFrom,
    LocalDate receivedTo,
    Due due,
    int dueDays) {
  /** Largest due window, in business days. */
  public static final int MAX_DUE_DAYS = 60;

  /** Everything. */
  public static final ViewSpec ALL =
      new ViewSpec(
          Set.of(), Set.of(), Set.of(), Assignee.ANYONE, null, false, null, null, Due.ANY, 0);

  /**
   * The open cases of {@code assignee} (a user's when {@link Assignee#USER}) in {@code statuses}
   * (any when empty) and a due window: Home's figures and the deadline reminders.
   */
  public static ViewSpec openCases(
      Assignee assignee, Long assigneeId, Set<CaseStatus> statuses, Due due, int dueDays) {
    return new ViewSpec(
        Set.of(), statuses, Set.of(), assignee, assigneeId, true, null, null, due, dueDays);
  }

  /** Whose cases. */
  public enum Assignee {
    ANYONE,
    ME,
    NOBODY,
    USER
  }

  /** Which due window; every one but ANY selects open cases only. */
  public enum Due {
    ANY,
    /** The nearest clock has passed. */
    OVERDUE,
    /** The nearest clock falls on or before the Nth business day from today (overdue included). */
    WITHIN,
    /** The nearest clock falls today. */
    TODAY,
    /** The nearest clock falls after today, on or before the Nth business day from today. */
    NEXT,
    /** From today to the coming Sunday (the week's end), overdue not included. */
    THIS_WEEK,
    /** A statutory clock (the law's date) has passed: the queue's red rows. */
    LAW_OVERDUE,
    /** The nearest clock has passed but no statutory one has: an internal target only. */
    INTERNAL_OVERDUE;

    /** Whether this window counts business days ({@code dueDays}). */
    public boolean counted() {
      return this == WITHIN || this == NEXT;
    }
  }

  public ViewSpec {
    types = Set.copyOf(types);
    statuses = Set.copyOf(statuses);
    channels = Set.copyOf(channels);
    if (assignee != Assignee.USER) {
      assigneeId = null;
    } else if (assigneeId == null) {
      throw new IllegalArgumentException("assignee USER needs an id");
    }
    if (due.counted() && (dueDays < 0 || dueDays > MAX_DUE_DAYS)) {
      throw new IllegalArgumentException("due window must be 0.." + MAX_DUE_DAYS);
    }
    if (!due.counted()) {
      dueDays = 0;
    }
    if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
      throw new IllegalArgumentException("received range is reversed");
    }
  }

  /** As text for storing: {@code key=value} pairs joined by {@code ;}, lists by {@code ,}. */
  public String encode() {
    Map<String, String> m = new LinkedHashMap<>();
    putAll(m, "types", types);
    putAll(m, "statuses", statuses);
    putAll(m, "channels", channels);
    if (assignee != Assignee.ANYONE) {
      m.put("assignee", assignee == Assignee.USER ? "USER:" + assigneeId : assignee.name());
    }
    if (openOnly) {
      m.put("open", "true");
    }
    if (receivedFrom != null) {
      m.put("receivedFrom", receivedFrom.toString());
    }
    if (receivedTo != null) {
      m.put("receivedTo", receivedTo.toString());
    }
    if (due.counted()) {
      m.put("due", due.name() + ":" + dueDays);
    } else if (due != Due.ANY) {
      m.put("due", due.name());
    }
    return m.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  /** The inverse of {@link #encode()}; unknown keys and values are ignored. */
  public static ViewSpec decode(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String part : text == null ? new String[0] : text.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        m.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    Assignee assignee = Assignee.ANYONE;
    Long assigneeId = null;
    String a = m.getOrDefault("assignee", "");
    if (a.startsWith("USER:")) {
      assignee = Assignee.USER;
      assigneeId = Long.parseLong(a.substring(5));
    } else if (a.equals("ME") || a.equals("NOBODY")) {
      assignee = Assignee.valueOf(a);
    }
    Due due = Due.ANY;
    int days = 0;
    String d = m.getOrDefault("due", "");
    int colon = d.indexOf(':');
    String name = colon < 0 ? d : d.substring(0, colon);
    for (Due known : Due.values()) {
      if (known != Due.ANY && known.name().equals(name) && known.counted() == (colon >= 0)) {
        due = known;
        days =
            known.counted()
                ? Math.clamp(Integer.parseInt(d.substring(colon + 1)), 0, MAX_DUE_DAYS)
                : 0;
      }
    }
    return new ViewSpec(
        parse(m.get("types"), CaseType::valueOf, CaseType.class),
        parse(m.get("statuses"), CaseStatus::valueOf, CaseStatus.class),
        parse(m.get("channels"), Channel::valueOf, Channel.class),
        assignee,
        assigneeId,
        "true".equals(m.get("open")),
        m.containsKey("receivedFrom") ? LocalDate.parse(m.get("receivedFrom")) : null,
        m.containsKey("receivedTo") ? LocalDate.parse(m.get("receivedTo")) : null,
        due,
        days);
  }

  private static <E extends Enum<E>> void putAll(Map<String, String> m, String key, Set<E> set) {
    if (!set.isEmpty()) {
      m.put(key, set.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }
  }

  private static <E extends Enum<E>> Set<E> parse(
      String list, Function<String, E> valueOf, Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    if (list == null || list.isBlank()) {
      return out;
    }
    List<String> known =
        new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    for (String s : list.split(",", 0)) {
      if (known.contains(s)) {
        out.add(valueOf.apply(s));
      }
    }
    return out;
  }
}
