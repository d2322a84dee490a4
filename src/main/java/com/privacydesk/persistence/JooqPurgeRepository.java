package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CASE_LETTER;
import static com.privacydesk.persistence.generated.Tables.CASE_NOTE;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_REQUEST;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_SUPPRESSION;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;
import static com.privacydesk.persistence.generated.Tables.PURGE_RUN;

import com.privacydesk.app.port.PurgeRepository;
import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Retention purges over PRIVACY_CASE and the type tables. */
final class JooqPurgeRepository implements PurgeRepository {
  /** Ids per statement: H2 handles IN lists of this size without planning trouble. */
  private static final int CHUNK = 1_000;

  private static final List<CaseStatus> ENDED =
      List.of(CaseStatus.CLOSED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN);

  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;
  private final com.privacydesk.domain.audit.ChainKey key;

  JooqPurgeRepository(
      DSLContext dsl, ContactSearchIndex searchIndex, com.privacydesk.domain.audit.ChainKey key) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
    this.key = key;
  }

  @Override
  public List<Candidate> candidates(Map<CaseType, Instant> cutoffs) {
    List<Candidate> out = new ArrayList<>();
    for (var e : cutoffs.entrySet()) {
      out.addAll(
          dsl.select(PRIVACY_CASE.ID, PRIVACY_CASE.CLOSED_AT)
              .from(IndexHints.privacyCase(dsl, "IX_CASE_CLOSED"))
              .where(PRIVACY_CASE.CLOSED_AT.lt(Timestamps.toDb(e.getValue())))
              .and(PRIVACY_CASE.CASE_TYPE.eq(e.getKey()))
              .and(PRIVACY_CASE.STATUS.in(ENDED))
              .and(PRIVACY_CASE.PURGED_AT.isNull())
              .fetch(r -> new Candidate(r.value1(), e.getKey(), Timestamps.fromDb(r.value2()))));
    }
    out.sort(java.util.Comparator.comparingLong(Candidate::id));
    return out;
  }

  @Override
  public Map<Long, String> optOutAddresses(List<Long> caseIds) {
    Map<Long, String> out = new LinkedHashMap<>();
    for (List<Long> chunk : chunks(caseIds)) {
      dsl.select(OPT_OUT_REQUEST.CASE_ID, OPT_OUT_REQUEST.EMAIL_NORMALIZED)
          .from(OPT_OUT_REQUEST)
          .where(OPT_OUT_REQUEST.CASE_ID.in(chunk))
          .and(OPT_OUT_REQUEST.EMAIL_NORMALIZED.isNotNull())
          .forEach(r -> out.put(r.value1(), r.value2()));
    }
    return out;
  }

  @Override
  public void keepSuppressionHash(String emailHash, long caseId, Instant at) {
    dsl.insertInto(OPT_OUT_SUPPRESSION)
        .set(OPT_OUT_SUPPRESSION.EMAIL_HASH, SuppressionHashes.stored(key, emailHash))
        .set(OPT_OUT_SUPPRESSION.FIRST_CASE_ID, caseId)
        .set(OPT_OUT_SUPPRESSION.RECORDED_AT, Timestamps.toDb(at))
        .onDuplicateKeyIgnore()
        .execute();
  }

  @Override
  public java.util.Optional<Long> suppressionCase(String emailHash) {
    return dsl.select(OPT_OUT_SUPPRESSION.FIRST_CASE_ID)
        .from(OPT_OUT_SUPPRESSION)
        .where(OPT_OUT_SUPPRESSION.EMAIL_HASH.eq(SuppressionHashes.stored(key, emailHash)))
        .fetchOptional(OPT_OUT_SUPPRESSION.FIRST_CASE_ID);
  }

  @Override
  public void purge(List<Long> caseIds, Instant at) {
    for (List<Long> chunk : chunks(caseIds)) {
      Condition ids = PRIVACY_CASE.ID.in(chunk);
      dsl.update(PRIVACY_CASE)
          .setNull(PRIVACY_CASE.ACCOUNT_REF)
          .setNull(PRIVACY_CASE.REPLY_CONTACT)
          .setNull(PRIVACY_CASE.CONTACT_NORMALIZED)
          .set(PRIVACY_CASE.PURGED_AT, Timestamps.toDb(at))
          .where(ids)
          .execute();
      for (FactsMapper facts : FactsMappers.all()) {
        facts.purge(dsl, chunk);
      }
      // a note goes with its earlier versions and its kind
      dsl.deleteFrom(com.privacydesk.persistence.generated.Tables.CASE_NOTE_VERSION)
          .where(com.privacydesk.persistence.generated.Tables.CASE_NOTE_VERSION.CASE_ID.in(chunk))
          .execute();
      dsl.deleteFrom(com.privacydesk.persistence.generated.Tables.CASE_NOTE_CORRESPONDENCE)
          .where(
              com.privacydesk.persistence.generated.Tables.CASE_NOTE_CORRESPONDENCE.CASE_ID.in(
                  chunk))
          .execute();
      dsl.deleteFrom(CASE_NOTE).where(CASE_NOTE.CASE_ID.in(chunk)).execute();
      // a letter keeps its kind, template version, dates and hash; its text and address go
      dsl.update(CASE_LETTER)
          .setNull(CASE_LETTER.PDF)
          .setNull(CASE_LETTER.RECIPIENT)
          .where(CASE_LETTER.CASE_ID.in(chunk))
          .execute();
      dsl.update(com.privacydesk.persistence.generated.Tables.LETTER_EMAIL)
          .setNull(com.privacydesk.persistence.generated.Tables.LETTER_EMAIL.SENT_TO)
          .where(com.privacydesk.persistence.generated.Tables.LETTER_EMAIL.CASE_ID.in(chunk))
          .execute();
    }
    if (!caseIds.isEmpty()) {
      searchIndex.invalidate();
    }
  }

  @Override
  public long insertRun(PurgeRun run) {
    return dsl.insertInto(PURGE_RUN)
        .set(PURGE_RUN.PURGED_AT, Timestamps.toDb(run.at()))
        .set(PURGE_RUN.PURGED_BY, run.userId())
        .set(PURGE_RUN.CASES, run.cases())
        .set(
            PURGE_RUN.CLOSED_FROM,
            run.closedFrom() == null ? null : Timestamps.toDb(run.closedFrom()))
        .set(PURGE_RUN.CLOSED_TO, run.closedTo() == null ? null : Timestamps.toDb(run.closedTo()))
        .set(PURGE_RUN.COUNTS, run.counts())
        .set(PURGE_RUN.AUDIT_SEQ, run.auditSeq())
        .set(PURGE_RUN.AUDIT_HASH, run.auditHash())
        .returning(PURGE_RUN.ID)
        .fetchSingle()
        .getId();
  }

  private static List<List<Long>> chunks(List<Long> ids) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += CHUNK) {
      out.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
    }
    return out;
  }
}
