package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CPNI_APPROVAL_REQUEST;

import com.privacydesk.domain.types.cpniapproval.CpniApprovalWithdrawalSpec;
import com.privacydesk.domain.types.cpniapproval.CpniApprovalWithdrawalSpec.ApprovalFacts;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** {@code cpni_approval_request}: which CPNI approval a customer withdrew or denied. */
final class CpniApprovalFactsMapper implements FactsMapper {
  @Override
  public Map<String, String> read(DSLContext dsl, long caseId) {
    return BuiltInFactsMappers.facts(
        CpniApprovalWithdrawalSpec.APPROVAL,
        dsl.select(CPNI_APPROVAL_REQUEST.APPROVAL)
            .from(CPNI_APPROVAL_REQUEST)
            .where(CPNI_APPROVAL_REQUEST.CASE_ID.eq(caseId))
            .fetchOne(CPNI_APPROVAL_REQUEST.APPROVAL));
  }

  @Override
  public void insert(DSLContext dsl, List<Stored> rows) {
    var batch =
        dsl.batch(
            dsl.insertInto(
                    CPNI_APPROVAL_REQUEST,
                    CPNI_APPROVAL_REQUEST.CASE_ID,
                    CPNI_APPROVAL_REQUEST.APPROVAL)
                .values((Long) null, null));
    for (Stored row : rows) {
      batch = batch.bind(row.caseId(), ((ApprovalFacts) row.facts()).cpniApproval().name());
    }
    if (!rows.isEmpty()) {
      batch.execute();
    }
  }

  @Override
  public void purge(DSLContext dsl, List<Long> caseIds) {
    // which approval was withdrawn is not personal; the account reference goes with the case row
  }
}
