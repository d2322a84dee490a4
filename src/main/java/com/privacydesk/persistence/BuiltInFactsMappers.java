package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CA_DISCLOSURE_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CHILD_DELETION_REQUEST;
import static com.privacydesk.persistence.generated.Tables.CPNI_BREACH;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_REQUEST;
import static com.privacydesk.persistence.generated.Tables.PASSWORD_COMPROMISE_REPORT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The facts tables of the first five types, whose intake records and port methods predate the
 * registry: read and purge here, written by {@code JooqCaseRepository} and the bulk writer.
 */
final class BuiltInFactsMappers {
  private BuiltInFactsMappers() {}

  static final FactsMapper OPT_OUT =
      new FactsMapper() {
        @Override
        public Map<String, String> read(DSLContext dsl, long caseId) {
          return one(
              dsl.selectFrom(OPT_OUT_REQUEST).where(OPT_OUT_REQUEST.CASE_ID.eq(caseId)).fetchOne(),
              o ->
                  facts(
                      "email",
                      o.getEmail(),
                      "scope",
                      o.getScope(),
                      "categories",
                      o.getCategories()));
        }

        @Override
        public void purge(DSLContext dsl, List<Long> caseIds) {
          dsl.update(OPT_OUT_REQUEST)
              .setNull(OPT_OUT_REQUEST.EMAIL)
              .setNull(OPT_OUT_REQUEST.EMAIL_NORMALIZED)
              .where(OPT_OUT_REQUEST.CASE_ID.in(caseIds))
              .execute();
        }
      };

  static final FactsMapper CA_DISCLOSURE =
      new FactsMapper() {
        @Override
        public Map<String, String> read(DSLContext dsl, long caseId) {
          return one(
              dsl.selectFrom(CA_DISCLOSURE_REQUEST)
                  .where(CA_DISCLOSURE_REQUEST.CASE_ID.eq(caseId))
                  .fetchOne(),
              o ->
                  facts(
                      "designated",
                      o.getDesignated().toString(),
                      "residencyBasis",
                      o.getResidencyBasis(),
                      "personalRelationship",
                      o.getPersonalRelationship().toString(),
                      "agentAuthority",
                      o.getAgentAuthority()));
        }

        @Override
        public void purge(DSLContext dsl, List<Long> caseIds) {
          dsl.update(CA_DISCLOSURE_REQUEST)
              .setNull(CA_DISCLOSURE_REQUEST.AGENT_AUTHORITY)
              .where(CA_DISCLOSURE_REQUEST.CASE_ID.in(caseIds))
              .execute();
        }
      };

  static final FactsMapper CHILD_DELETION =
      new FactsMapper() {
        @Override
        public Map<String, String> read(DSLContext dsl, long caseId) {
          return one(
              dsl.selectFrom(CHILD_DELETION_REQUEST)
                  .where(CHILD_DELETION_REQUEST.CASE_ID.eq(caseId))
                  .fetchOne(),
              o ->
                  facts(
                      "trigger",
                      o.getCoppaTrigger(),
                      "under13Basis",
                      o.getUnder13Basis(),
                      "parentVerification",
                      o.getParentVerification()));
        }

        @Override
        public void purge(DSLContext dsl, List<Long> caseIds) {
          // no child identifier is ever stored: nothing personal to clear
        }
      };

  static final FactsMapper PASSWORD_COMPROMISE =
      new FactsMapper() {
        @Override
        public Map<String, String> read(DSLContext dsl, long caseId) {
          return one(
              dsl.selectFrom(PASSWORD_COMPROMISE_REPORT)
                  .where(PASSWORD_COMPROMISE_REPORT.CASE_ID.eq(caseId))
                  .fetchOne(),
              o -> facts("authentication", o.getAuthentication()));
        }

        @Override
        public void purge(DSLContext dsl, List<Long> caseIds) {
          // the authentication method is not personal data
        }
      };

  static final FactsMapper CPNI_BREACH_FACTS =
      new FactsMapper() {
        @Override
        public Map<String, String> read(DSLContext dsl, long caseId) {
          return one(
              dsl.selectFrom(CPNI_BREACH).where(CPNI_BREACH.CASE_ID.eq(caseId)).fetchOne(),
              o ->
                  facts(
                      "determinedOn",
                      o.getDeterminedOn().toString(),
                      "determinedBy",
                      o.getDeterminedBy(),
                      "description",
                      o.getDescription(),
                      "lawEnforcementNotifiedOn",
                      date(o.getLawEnforcementNotifiedOn())));
        }

        @Override
        public void purge(DSLContext dsl, List<Long> caseIds) {
          dsl.update(CPNI_BREACH)
              .setNull(CPNI_BREACH.DETERMINED_BY)
              .setNull(CPNI_BREACH.DESCRIPTION)
              .where(CPNI_BREACH.CASE_ID.in(caseIds))
              .execute();
        }
      };

  private static <R extends Record> Map<String, String> one(
      R row, java.util.function.Function<R, Map<String, String>> facts) {
    return row == null ? Map.of() : facts.apply(row);
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  /** Name/value pairs in order, leaving out values not recorded (null or blank). */
  static Map<String, String> facts(String... namesAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String value = namesAndValues[i + 1];
      if (value != null && !value.isBlank()) {
        m.put(namesAndValues[i], value);
      }
    }
    return m;
  }
}
