package com.privacydesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Monday to Friday minus the observed federal holidays and any closure days a supervisor added.
 * Immutable; safe to share between threads.
 */
public final class BusinessCalendar {
  private final Map<LocalDate, String> closures;
  private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

  private BusinessCalendar(Map<LocalDate, String> closures) {
    this.closures = Map.copyOf(closures);
  }

  /** The federal calendar with no extra closures. */
  public static BusinessCalendar federal() {
    return new BusinessCalendar(Map.of());
  }

  /** The federal calendar plus extra closure days (date → name). */
  public static BusinessCalendar withClosures(Map<LocalDate, String> closures) {
    return new BusinessCalendar(closures);
  }

  /**
   * Names this calendar: {@code us-federal}, plus a short digest of the closure days when there are
   * any, so a case can record which calendar its dates came from.
   */
  public String version() {
    if (closures.isEmpty()) {
      return "us-federal";
    }
    String canonical =
        closures.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining(";"));
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "us-federal+"
          + closures.size()
          + "-"
          + java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The extra closure days (date → name). */
  public Map<LocalDate, String> closures() {
    return closures;
  }

  /** Whether work is done on {@code date}. */
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && dayOffName(date).isEmpty();
  }

  /** The holiday or closure observed on {@code date}, if any (weekends are not named). */
  public Optional<String> dayOffName(LocalDate date) {
    String closure = closures.get(date);
    if (closure != null) {
      return Optional.of(closure);
    }
    return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
  }

  /**
   * Counts {@code n} business days forward; {@code start} itself is not counted. The result is the
   * Nth business day; {@code skipped} lists the holidays and closures passed over on the way.
   */
  public Count addBusinessDays(LocalDate start, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative");
    }
    LocalDate day = start;
    int counted = 0;
    List<Holiday> skipped = new ArrayList<>();
    while (counted < n) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      } else {
        noteDayOff(day, skipped);
      }
    }
    return new Count(day, List.copyOf(skipped));
  }

  /**
   * The business days after {@code start} up to and including {@code end}: how many business days a
   * piece of work took, counted the way deadlines count them (the start day is not counted). Zero
   * when {@code end} is not after {@code start}.
   */
  public int businessDaysBetween(LocalDate start, LocalDate end) {
    int n = 0;
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        n++;
      }
    }
    return n;
  }

  /** The first business day on or after {@code date}, with the days off passed over. */
  public Count onOrAfter(LocalDate date) {
    LocalDate day = date;
    List<Holiday> skipped = new ArrayList<>();
    while (!isBusinessDay(day)) {
      noteDayOff(day, skipped);
      day = day.plusDays(1);
    }
    return new Count(day, List.copyOf(skipped));
  }

  private void noteDayOff(LocalDate day, List<Holiday> skipped) {
    dayOffName(day).ifPresent(name -> skipped.add(new Holiday(day, name)));
  }

  private Map<LocalDate, String> holidaysOf(int year) {
    return holidaysByYear.computeIfAbsent(
        year,
        y -> {
          Map<LocalDate, String> map = new HashMap<>();
          UsFederalHolidays.observedIn(y).forEach(h -> map.put(h.date(), h.name()));
          return Map.copyOf(map);
        });
  }

  /** The outcome of a business-day count: the day reached and the days off passed over. */
  public record Count(LocalDate date, List<Holiday> skipped) {}
}
