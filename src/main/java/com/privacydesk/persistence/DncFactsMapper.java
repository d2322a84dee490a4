package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.DNC_NUMBER;
import static com.privacydesk.persistence.generated.Tables.DNC_REQUEST;

import com.privacydesk.domain.types.KeyHash;
import com.privacydesk.domain.types.dnc.TelemarketingDncSpec;
import com.privacydesk.domain.types.dnc.TelemarketingDncSpec.DncFacts;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** {@code dnc_request} and {@code dnc_number}: a do-not-call request's scope and numbers. */
final class DncFactsMapper implements FactsMapper {
  @Override
  public Map<String, String> read(DSLContext dsl, long caseId) {
    var scope =
        dsl.select(DNC_REQUEST.SCOPE)
            .from(DNC_REQUEST)
            .where(DNC_REQUEST.CASE_ID.eq(caseId))
            .fetchOne(DNC_REQUEST.SCOPE);
    List<String> numbers =
        dsl.select(DNC_NUMBER.NUMBER_E164)
            .from(DNC_NUMBER)
            .where(DNC_NUMBER.CASE_ID.eq(caseId).and(DNC_NUMBER.NUMBER_E164.isNotNull()))
            .orderBy(DNC_NUMBER.POSITION)
            .fetch(DNC_NUMBER.NUMBER_E164);
    return BuiltInFactsMappers.facts(
        TelemarketingDncSpec.NUMBERS,
        numbers.isEmpty() ? null : String.join(", ", numbers),
        TelemarketingDncSpec.SCOPE,
        scope);
  }

  @Override
  public void insert(DSLContext dsl, List<Stored> rows) {
    var requests =
        dsl.batch(
            dsl.insertInto(DNC_REQUEST, DNC_REQUEST.CASE_ID, DNC_REQUEST.SCOPE)
                .values((Long) null, null));
    var numbers =
        dsl.batch(
            dsl.insertInto(
                    DNC_NUMBER,
                    DNC_NUMBER.CASE_ID,
                    DNC_NUMBER.POSITION,
                    DNC_NUMBER.NUMBER_E164,
                    DNC_NUMBER.NUMBER_HASH)
                .values((Long) null, null, null, null));
    for (Stored row : rows) {
      DncFacts facts = (DncFacts) row.facts();
      requests = requests.bind(row.caseId(), facts.dncScope().name());
      List<String> list = facts.telephoneNumbers();
      for (int i = 0; i < list.size(); i++) {
        numbers = numbers.bind(row.caseId(), i, list.get(i), KeyHash.of(list.get(i)));
      }
    }
    if (!rows.isEmpty()) {
      requests.execute();
      numbers.execute();
    }
  }

  @Override
  public void purge(DSLContext dsl, List<Long> caseIds) {
    // the hash stays: the number remains on the do-not-call list
    dsl.update(DNC_NUMBER)
        .setNull(DNC_NUMBER.NUMBER_E164)
        .where(DNC_NUMBER.CASE_ID.in(caseIds))
        .execute();
  }

  @Override
  public List<Long> casesWithKey(DSLContext dsl, String keyHash) {
    return dsl.selectDistinct(DNC_NUMBER.CASE_ID)
        .from(DNC_NUMBER)
        .where(DNC_NUMBER.NUMBER_HASH.eq(keyHash))
        .orderBy(DNC_NUMBER.CASE_ID)
        .fetch(DNC_NUMBER.CASE_ID);
  }
}
