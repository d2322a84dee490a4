package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CA_DISCLOSURE_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CHILD_DELETION_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_REQUEST;
import static com.privacydesk.persistence.generated.Tables.PASSWORD_COMPROMISE_REPORT;

import com.privacydesk.app.port.CaseRepository.OptOutRow;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The facts writes of the five built-in types, one per port method (their reads and purges are in
 * {@link BuiltInFactsMappers}).
 */
final class BuiltInFactsWrites {
  private BuiltInFactsWrites() {}

  static void optOuts(DSLContext dsl, List<OptOutRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    var insert =
        dsl.insertInto(
            OPT_OUT_REQUEST,
            OPT_OUT_REQUEST.CASE_ID,
            OPT_OUT_REQUEST.EMAIL,
            OPT_OUT_REQUEST.EMAIL_NORMALIZED,
            OPT_OUT_REQUEST.SCOPE,
            OPT_OUT_REQUEST.CATEGORIES);
    for (OptOutRow r : rows) {
      insert =
          insert.values(
              r.caseId(), r.email(), r.emailNormalized(), r.scope().name(), r.categories());
    }
    insert.execute();
  }

  static void caDisclosure(
      DSLContext dsl,
      long caseId,
      boolean designated,
      String residencyBasis,
      boolean personalRelationship,
      String agentAuthority) {
    dsl.insertInto(CA_DISCLOSURE_REQUEST)
        .set(CA_DISCLOSURE_REQUEST.CASE_ID, caseId)
        .set(CA_DISCLOSURE_REQUEST.DESIGNATED, designated)
        .set(CA_DISCLOSURE_REQUEST.RESIDENCY_BASIS, residencyBasis)
        .set(CA_DISCLOSURE_REQUEST.PERSONAL_RELATIONSHIP, personalRelationship)
        .set(CA_DISCLOSURE_REQUEST.AGENT_AUTHORITY, agentAuthority)
        .execute();
  }

  static void childDeletion(
      DSLContext dsl, long caseId, String trigger, String under13Basis, String parentVerification) {
    dsl.insertInto(CHILD_DELETION_REQUEST)
        .set(CHILD_DELETION_REQUEST.CASE_ID, caseId)
        .set(CHILD_DELETION_REQUEST.COPPA_TRIGGER, trigger)
        .set(CHILD_DELETION_REQUEST.UNDER13_BASIS, under13Basis)
        .set(CHILD_DELETION_REQUEST.PARENT_VERIFICATION, parentVerification)
        .execute();
  }

  static void passwordCompromise(DSLContext dsl, long caseId, String authentication) {
    dsl.insertInto(PASSWORD_COMPROMISE_REPORT)
        .set(PASSWORD_COMPROMISE_REPORT.CASE_ID, caseId)
        .set(PASSWORD_COMPROMISE_REPORT.AUTHENTICATION, authentication)
        .execute();
  }

  static void cpniBreach(
      DSLContext dsl,
      long caseId,
      LocalDate determinedOn,
      String determinedBy,
      String description,
      LocalDate notifiedOn) {
    dsl.insertInto(CPNI_BREACH)
        .set(CPNI_BREACH.CASE_ID, caseId)
        .set(CPNI_BREACH.DETERMINED_ON, determinedOn)
        .set(CPNI_BREACH.DETERMINED_BY, determinedBy)
        .set(CPNI_BREACH.DESCRIPTION, description)
        .set(CPNI_BREACH.LAW_ENFORCEMENT_NOTIFIED_ON, notifiedOn)
        .execute();
  }
}
