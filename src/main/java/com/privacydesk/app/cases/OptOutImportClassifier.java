package com.privacydesk.app.cases;

import com.privacydesk.app.cases.OptOutImportService.Problem;
import com.privacydesk.app.cases.OptOutImportService.ProblemKind;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.privacy.PurgeService;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.workflow.DuplicateRules;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts rows into new, invalid and duplicate, remembering the addresses seen earlier in the file. A
 * batch that fails is forgotten again ({@link #rollBack()}).
 */
final class OptOutImportClassifier {
  private final LocalDateTime now;
  private final Map<String, Long> seen = new HashMap<>();
  final List<Problem> problems = new ArrayList<>();
  long fresh;
  long already;
  long inFile;
  long invalid;
  private List<String> markSeen = new ArrayList<>();
  private long[] markCounts = new long[4];
  private int markProblems;

  OptOutImportClassifier(LocalDateTime now) {
    this.now = now;
  }

  /** Forgets the batch classified last (its transaction was rolled back). */
  void rollBack() {
    markSeen.forEach(seen::remove);
    fresh = markCounts[0];
    already = markCounts[1];
    inFile = markCounts[2];
    invalid = markCounts[3];
    problems.subList(markProblems, problems.size()).clear();
  }

  /** Classifies {@code batch}; returns the rows to import, in order. */
  List<OptOutCsv.Row> classify(Repositories r, List<OptOutCsv.Row> batch) {
    // what rollBack() restores: only this batch's addresses are remembered, not the whole file
    markSeen = new ArrayList<>();
    markCounts = new long[] {fresh, already, inFile, invalid};
    markProblems = problems.size();
    List<OptOutCsv.Row> out = sort(r, batch);
    // batches come in line order: sorting each batch's problems keeps the whole list sorted
    problems.subList(markProblems, problems.size()).sort(Comparator.comparingLong(Problem::line));
    return out;
  }

  private List<OptOutCsv.Row> sort(Repositories r, List<OptOutCsv.Row> batch) {
    Map<OptOutCsv.Row, String> candidates = new java.util.LinkedHashMap<>();
    for (OptOutCsv.Row row : batch) {
      List<FieldError> errors = new ArrayList<>(row.errors());
      for (FieldError e : IntakeValidation.validateOptOut(row.intake(), now)) {
        if (errors.stream().noneMatch(x -> x.field().equals(e.field()))) {
          errors.add(e);
        }
      }
      if (!errors.isEmpty()) {
        invalid++;
        problems.add(new Problem(row.line(), ProblemKind.INVALID, List.copyOf(errors), 0));
        continue;
      }
      String normalized = new EmailAddress(row.intake().email()).normalized();
      Long earlier = seen.putIfAbsent(normalized, row.line());
      if (earlier != null) {
        inFile++;
        problems.add(new Problem(row.line(), ProblemKind.DUPLICATE_IN_FILE, List.of(), earlier));
        continue;
      }
      markSeen.add(normalized);
      candidates.put(row, normalized);
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, Long> existing = new HashMap<>();
    for (DuplicateRules.Candidate c : r.imports().optOutCandidates(candidates.values())) {
      var probe =
          new DuplicateRules.Probe(CaseType.EMAIL_OPT_OUT, c.received(), null, c.emailNormalized());
      if (DuplicateRules.matches(probe, List.of(c)).stream()
          .anyMatch(m -> m.reason() == DuplicateRules.Reason.OPT_OUT_EXISTS)) {
        existing.merge(c.emailNormalized(), c.caseId(), Math::max);
      }
    }
    Map<String, String> hashes = new HashMap<>();
    for (String normalized : candidates.values()) {
      if (!existing.containsKey(normalized)) {
        hashes.put(PurgeService.emailHash(normalized), normalized);
      }
    }
    Set<String> kept =
        hashes.isEmpty() ? Set.of() : r.imports().keptSuppressionHashes(hashes.keySet());
    for (String hash : kept) {
      existing.put(hashes.get(hash), 0L);
    }
    List<OptOutCsv.Row> out = new ArrayList<>();
    for (var e : candidates.entrySet()) {
      Long caseId = existing.get(e.getValue());
      if (caseId != null) {
        already++;
        problems.add(
            new Problem(e.getKey().line(), ProblemKind.ALREADY_OPTED_OUT, List.of(), caseId));
      } else {
        fresh++;
        out.add(e.getKey());
      }
    }
    return out;
  }
}
