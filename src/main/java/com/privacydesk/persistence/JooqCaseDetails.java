package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.CASE_LINK;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseDetail.Fact;
import com.privacydesk.app.port.CaseDetail.Link;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.domain.calendar.CaseClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The case window's read: common and type facts (through the type's mapper), clocks, links. */
final class JooqCaseDetails {
  private final DSLContext dsl;

  JooqCaseDetails(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The detail of the case {@code summary} describes: its facts, clocks and links. */
  CaseDetail detail(CaseSummary summary) {
    long caseId = summary.id();
    var common =
        dsl.select(
                PRIVACY_CASE.REQUESTER_KIND,
                PRIVACY_CASE.ACCOUNT_REF,
                PRIVACY_CASE.REPLY_CONTACT,
                PRIVACY_CASE.RULE_VERSION,
                PRIVACY_CASE.RECEIVED_AT)
            .from(PRIVACY_CASE)
            .where(PRIVACY_CASE.ID.eq(caseId))
            .fetchSingle();
    // the common facts, then the type's own as its mapper reads them (names unique per type)
    Map<String, String> byName =
        new LinkedHashMap<>(
            BuiltInFactsMappers.facts(
                "channel", summary.channel().name(),
                "requesterKind", common.value1(),
                "accountRef", common.value2(),
                "replyContact", common.value3()));
    byName.putAll(FactsMappers.of(summary.type()).read(dsl, caseId));
    List<Fact> facts = new ArrayList<>();
    byName.forEach((name, value) -> facts.add(new Fact(name, value)));
    List<CaseClock> clocks = clocks(caseId);
    List<Link> links = new ArrayList<>();
    dsl.selectFrom(CASE_LINK)
        .where(CASE_LINK.FROM_CASE_ID.eq(caseId))
        .forEach(l -> links.add(new Link(l.getKind(), l.getToCaseId())));
    dsl.selectFrom(CASE_LINK)
        .where(CASE_LINK.TO_CASE_ID.eq(caseId))
        .forEach(l -> links.add(new Link(reverse(l.getKind()), l.getFromCaseId())));
    return new CaseDetail(summary, facts, clocks, common.value4(), links);
  }

  List<CaseClock> clocks(long caseId) {
    return dsl.selectFrom(CASE_CLOCK)
        .where(CASE_CLOCK.CASE_ID.eq(caseId))
        .orderBy(CASE_CLOCK.DUE_DATE, CASE_CLOCK.NAME.desc())
        .fetch(
            k ->
                new CaseClock(
                    k.getName(),
                    k.getDueDate(),
                    k.getDayType(),
                    k.getDays(),
                    List.of(k.getExplanation().split("\n")),
                    k.getRuleVersion()));
  }

  /** How a link reads from its other end: ESCALATED_TO → ESCALATED_FROM, DUPLICATE_OF → ..._BY. */
  private static String reverse(String kind) {
    if (kind.endsWith("_TO")) {
      return kind.substring(0, kind.length() - 3) + "_FROM";
    }
    return kind.endsWith("_OF") ? kind.substring(0, kind.length() - 3) + "_BY" : kind;
  }
}
