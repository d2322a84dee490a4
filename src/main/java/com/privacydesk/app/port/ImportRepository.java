package com.privacydesk.app.port;

import com.privacydesk.domain.workflow.DuplicateRules;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Bulk opt-out imports: their runs, and the look-ups that classify a batch of rows at once. */
public interface ImportRepository {
  /** Records the start of an import run; returns its number. */
  long startRun(Instant at, long userId, String fileSha256, int fileRows);

  /** Records how a run ended and what it did. */
  void finishRun(long runId, RunTotals totals, String status, Instant at);

  /** The runs still RUNNING that started before {@code before} (null: all), oldest first. */
  List<Long> runningSince(@org.jspecify.annotations.Nullable Instant before);

  /** What a run did: cases created, rows found duplicate or invalid. */
  record RunTotals(int created, int duplicates, int invalid) {}

  /** The opt-out cases whose normalised address is one of {@code emailsNormalized}. */
  List<DuplicateRules.Candidate> optOutCandidates(Collection<String> emailsNormalized);

  /** Those of {@code emailHashes} (SHA-256 hex) kept as suppression hashes by a purge. */
  Set<String> keptSuppressionHashes(Collection<String> emailHashes);
}
