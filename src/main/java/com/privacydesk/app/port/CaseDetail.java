package com.privacydesk.app.port;

import com.privacydesk.domain.calendar.CaseClock;
import java.util.List;

/**
 * Everything the case detail view shows.
 *
 * @param facts the type's recorded facts in display order; values that are enum constants are shown
 *     through the bundle ({@code value.<NAME>})
 * @param ruleVersion the rules and calendar the clocks were computed with
 */
public record CaseDetail(
    CaseSummary summary,
    List<Fact> facts,
    List<CaseClock> clocks,
    String ruleVersion,
    List<Link> links) {
  /** One recorded fact: a field name ({@code field.<name>} in the bundle) and its value. */
  public record Fact(String field, String value) {}

  /** A link to another case, seen from this one ({@code ESCALATED_TO} / {@code ESCALATED_FROM}). */
  public record Link(String kind, long otherCaseId) {}
}
