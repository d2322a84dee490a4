package com.privacydesk.domain.workflow;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored cases a new request may duplicate (issue 4): a CA request from the same customer in
 * the same calendar year of receipt; an opt-out for an address with an open or completed opt-out;
 * any request with the same normalised email or account reference within {@value #RECENT_DAYS}
 * days. Matches are shown to the agent, never merged.
 */
public final class DuplicateRules {
  /** How far apart two requests with the same contact count as possible duplicates. */
  public static final int RECENT_DAYS = 30;

  /** Why a stored case matches, strongest first. */
  public enum Reason {
    CA_SAME_YEAR,
    OPT_OUT_EXISTS,
    /**
     * A stored case of the type has the same key (e.g. a number already on the do-not-call list).
     */
    ALREADY_ON_LIST,
    RECENT_SAME_EMAIL,
    RECENT_SAME_ACCOUNT
  }

  /** What the new request is matched on; nulls for what it does not have. */
  public record Probe(
      CaseType type, LocalDate received, String accountRef, String emailNormalized) {}

  /** A stored case that shares the account reference or normalised email. */
  public record Candidate(
      long caseId,
      CaseType type,
      CaseStatus status,
      Outcome outcome,
      LocalDate received,
      String accountRef,
      String emailNormalized) {}

  /** A candidate that matches, and why. */
  public record Match(Candidate candidate, Reason reason) {}

  private DuplicateRules() {}

  /** The candidates that match {@code probe}, each once with its strongest reason. */
  public static List<Match> matches(Probe probe, List<Candidate> candidates) {
    List<Match> out = new ArrayList<>();
    for (Candidate c : candidates) {
      reason(probe, c).ifPresent(r -> out.add(new Match(c, r)));
    }
    out.sort(
        java.util.Comparator.comparing((Match m) -> m.reason())
            .thenComparing(m -> m.candidate().received(), java.util.Comparator.reverseOrder()));
    return List.copyOf(out);
  }

  private static Optional<Reason> reason(Probe p, Candidate c) {
    boolean sameAccount = p.accountRef() != null && p.accountRef().equalsIgnoreCase(c.accountRef());
    boolean sameEmail =
        p.emailNormalized() != null && Objects.equals(p.emailNormalized(), c.emailNormalized());
    if (p.type() == CaseType.CA_DISCLOSURE
        && c.type() == CaseType.CA_DISCLOSURE
        && (sameAccount || sameEmail)
        && c.received().getYear() == p.received().getYear()) {
      return Optional.of(Reason.CA_SAME_YEAR);
    }
    if (p.type() == CaseType.EMAIL_OPT_OUT
        && c.type() == CaseType.EMAIL_OPT_OUT
        && sameEmail
        && (c.status().isOpen()
            || c.outcome() == Outcome.SUPPRESSED
            || c.outcome() == Outcome.ALREADY_SUPPRESSED)) {
      return Optional.of(Reason.OPT_OUT_EXISTS);
    }
    boolean recent = Math.abs(ChronoUnit.DAYS.between(c.received(), p.received())) <= RECENT_DAYS;
    if (recent && sameEmail) {
      return Optional.of(Reason.RECENT_SAME_EMAIL);
    }
    if (recent && sameAccount) {
      return Optional.of(Reason.RECENT_SAME_ACCOUNT);
    }
    return Optional.empty();
  }
}
