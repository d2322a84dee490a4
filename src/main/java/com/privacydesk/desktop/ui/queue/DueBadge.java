package com.privacydesk.desktop.ui.queue;

import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.desktop.ui.common.Messages;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** The queue's due column: which clock is due when and how long is left, and how urgent that is. */
public final class DueBadge {
  /** How urgent a due date is, for the badge next to it. */
  public enum Urgency {
    NONE,
    DUE_SOON,
    /** An internal target passed; the law's date (if any) is still ahead. */
    INTERNAL_OVERDUE,
    /** The law's date passed (or the only clock, for types without one). */
    OVERDUE
  }

  private final Supplier<LocalDate> companyToday;

  DueBadge(Supplier<LocalDate> companyToday) {
    this.companyToday = companyToday;
  }

  /** "2026-12-04 · 9 days left", "… · due today", "… · 3 days overdue". */
  public String text(CaseSummary c) {
    if (c.dueDate() == null) {
      return "";
    }
    LocalDate today = companyToday.get();
    if (internalPassed(c, today)) {
      // say which clock: the internal target passed, the law's date is still ahead
      return Messages.get(
          "due.internalPassed",
          ChronoUnit.DAYS.between(c.dueDate(), today),
          c.statutoryDue().toString(),
          Messages.timeLeft(today, c.statutoryDue()));
    }
    String clock = c.dueClock() == null ? "" : Messages.get("due.clock." + c.dueClock()) + " ";
    return clock + c.dueDate() + " · " + Messages.timeLeft(today, c.dueDate());
  }

  /** The nearest clock is an internal target that has passed while the law's date is ahead. */
  private static boolean internalPassed(CaseSummary c, LocalDate today) {
    return c.status().isOpen()
        && c.dueDate().isBefore(today)
        && c.statutoryDue() != null
        && !c.statutoryDue().isBefore(today)
        && !c.statutoryDue().equals(c.dueDate());
  }

  /**
   * Overdue against the law, an internal target passed, due within 3 days, or none (closed cases
   * are never urgent).
   */
  public Urgency urgency(CaseSummary c) {
    if (c.dueDate() == null || !c.status().isOpen()) {
      return Urgency.NONE;
    }
    LocalDate today = companyToday.get();
    if (internalPassed(c, today)) {
      return Urgency.INTERNAL_OVERDUE;
    }
    long days = ChronoUnit.DAYS.between(today, c.dueDate());
    return days < 0 ? Urgency.OVERDUE : days <= 3 ? Urgency.DUE_SOON : Urgency.NONE;
  }
}
