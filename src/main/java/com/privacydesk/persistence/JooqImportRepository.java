package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.OPT_OUT_IMPORT;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_SUPPRESSION;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.ImportRepository;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.workflow.DuplicateRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Opt-out import runs, and batch look-ups by normalised address over the contact index. */
final class JooqImportRepository implements ImportRepository {
  /** Values per IN list: H2 plans lists of this size as index look-ups. */
  private static final int CHUNK = 1_000;

  private final DSLContext dsl;
  private final com.privacydesk.domain.audit.ChainKey key;

  JooqImportRepository(DSLContext dsl, com.privacydesk.domain.audit.ChainKey key) {
    this.dsl = dsl;
    this.key = key;
  }

  @Override
  public long startRun(Instant at, long userId, String fileSha256, int fileRows) {
    return dsl.insertInto(OPT_OUT_IMPORT)
        .set(OPT_OUT_IMPORT.STARTED_AT, Timestamps.toDb(at))
        .set(OPT_OUT_IMPORT.STARTED_BY, userId)
        .set(OPT_OUT_IMPORT.FILE_SHA256, fileSha256)
        .set(OPT_OUT_IMPORT.FILE_ROWS, fileRows)
        .set(OPT_OUT_IMPORT.STATUS, "RUNNING")
        .returning(OPT_OUT_IMPORT.ID)
        .fetchSingle()
        .getId();
  }

  @Override
  public void finishRun(long runId, RunTotals totals, String status, Instant at) {
    dsl.update(OPT_OUT_IMPORT)
        .set(OPT_OUT_IMPORT.CREATED, totals.created())
        .set(OPT_OUT_IMPORT.DUPLICATES, totals.duplicates())
        .set(OPT_OUT_IMPORT.INVALID, totals.invalid())
        .set(OPT_OUT_IMPORT.STATUS, status)
        .set(OPT_OUT_IMPORT.FINISHED_AT, Timestamps.toDb(at))
        .where(OPT_OUT_IMPORT.ID.eq(runId))
        .execute();
  }

  @Override
  public List<Long> runningSince(@org.jspecify.annotations.Nullable Instant before) {
    return dsl.select(OPT_OUT_IMPORT.ID)
        .from(OPT_OUT_IMPORT)
        .where(OPT_OUT_IMPORT.STATUS.eq("RUNNING"))
        .and(
            before == null
                ? DSL.trueCondition()
                : OPT_OUT_IMPORT.STARTED_AT.lt(Timestamps.toDb(before)))
        .orderBy(OPT_OUT_IMPORT.ID)
        .fetch(OPT_OUT_IMPORT.ID);
  }

  @Override
  public List<DuplicateRules.Candidate> optOutCandidates(Collection<String> emailsNormalized) {
    List<DuplicateRules.Candidate> out = new ArrayList<>();
    for (List<String> chunk : chunks(emailsNormalized)) {
      dsl.select(
              PRIVACY_CASE.ID,
              PRIVACY_CASE.STATUS,
              PRIVACY_CASE.OUTCOME,
              PRIVACY_CASE.RECEIVED_DATE,
              PRIVACY_CASE.CONTACT_NORMALIZED)
          .from(IndexHints.privacyCase(dsl, "IX_CASE_CONTACT"))
          .where(PRIVACY_CASE.CONTACT_NORMALIZED.in(chunk))
          .and(PRIVACY_CASE.CASE_TYPE.eq(CaseType.EMAIL_OPT_OUT))
          .fetch()
          .forEach(
              r ->
                  out.add(
                      new DuplicateRules.Candidate(
                          r.value1(),
                          CaseType.EMAIL_OPT_OUT,
                          r.value2(),
                          r.value3(),
                          r.value4(),
                          null,
                          r.value5())));
    }
    return out;
  }

  @Override
  public Set<String> keptSuppressionHashes(Collection<String> emailHashes) {
    Set<String> out = new HashSet<>();
    for (List<String> chunk : chunks(emailHashes)) {
      // stored keyed: asked by the plain hashes, answered with them
      java.util.Map<String, String> plainByStored = new java.util.HashMap<>();
      chunk.forEach(h -> plainByStored.put(SuppressionHashes.stored(key, h), h));
      dsl.select(OPT_OUT_SUPPRESSION.EMAIL_HASH)
          .from(OPT_OUT_SUPPRESSION)
          .where(OPT_OUT_SUPPRESSION.EMAIL_HASH.in(plainByStored.keySet()))
          .fetch(OPT_OUT_SUPPRESSION.EMAIL_HASH)
          .forEach(stored -> out.add(plainByStored.get(stored)));
    }
    return out;
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = List.copyOf(new java.util.LinkedHashSet<>(values));
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return out;
  }
}
