package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_CLOCK;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.CaseSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * The queue's reads: pages of case rows filtered and sorted in the database, their count, and the
 * ids bulk work goes through. Every order is served by an index (ADR 0020); the row holds only the
 * columns a queue line shows.
 */
final class JooqQueueQueries {
  private final DSLContext dsl;
  private final ContactSearchIndex searchIndex;

  JooqQueueQueries(DSLContext dsl, ContactSearchIndex searchIndex) {
    this.dsl = dsl;
    this.searchIndex = searchIndex;
  }

  /** One case's queue row. */
  Optional<CaseSummary> find(long caseId) {
    return summaries().where(PRIVACY_CASE.ID.eq(caseId)).fetchOptional(JooqQueueQueries::map);
  }

  /** A page of the queue: the cases {@code filter} selects, in {@code sort}'s order. */
  List<CaseSummary> page(CaseFilter filter, CaseSort sort, int offset, int limit) {
    if (sort == CaseSort.ASSIGNEE || sort == CaseSort.ASSIGNEE_DESC) {
      return byAssignee(filter, sort == CaseSort.ASSIGNEE_DESC, offset, limit);
    }
    if (filter.search() != null) {
      return searchPage(filter, sort, offset, limit);
    }
    return pageQuery(dsl, searchIndex, filter, sort, offset, limit).fetch(JooqQueueQueries::map);
  }

  /**
   * A page of search results in two steps. A search is not served in its order by an index: the
   * database reads every match and sorts them. Sorting the matches' ids alone, then reading the
   * page's rows, keeps the row's computed columns (the due date's explanation and clock, three
   * look-ups each) to the page's rows instead of every match: for a fragment matching thousands of
   * cases that was most of the time (ADR 0011, docs/performance.md).
   */
  private List<CaseSummary> searchPage(CaseFilter filter, CaseSort sort, int offset, int limit) {
    List<Long> ids =
        dsl.select(PRIVACY_CASE.ID)
            .from(PRIVACY_CASE)
            .where(condition(dsl, searchIndex, filter))
            .orderBy(order(sort, filter))
            .offset(offset)
            .limit(limit)
            .fetch(PRIVACY_CASE.ID);
    if (ids.isEmpty()) {
      return List.of();
    }
    // with each row, where the search found it: the contact and account are read with the row,
    // compared here, never shown or kept
    String fragment = filter.search().toLowerCase(Locale.ROOT);
    Long number = caseNumber(filter.search());
    java.util.Map<Long, CaseSummary> rows = new java.util.HashMap<>();
    for (Record r :
        summaries(dsl, PRIVACY_CASE, PRIVACY_CASE.CONTACT_NORMALIZED, PRIVACY_CASE.ACCOUNT_REF)
            .where(PRIVACY_CASE.ID.in(ids))
            .fetch()) {
      CaseSummary row = map(r);
      var where = java.util.EnumSet.noneOf(CaseSummary.SearchMatch.class);
      if (number != null && number == row.id()) {
        where.add(CaseSummary.SearchMatch.CASE_NUMBER);
      }
      if (contains(r.get(PRIVACY_CASE.CONTACT_NORMALIZED), fragment)) {
        where.add(CaseSummary.SearchMatch.EMAIL);
      }
      if (contains(r.get(PRIVACY_CASE.ACCOUNT_REF), fragment)) {
        where.add(CaseSummary.SearchMatch.ACCOUNT);
      }
      rows.put(row.id(), row.foundIn(where));
    }
    List<CaseSummary> page = new ArrayList<>(ids.size());
    for (Long id : ids) {
      CaseSummary row = rows.get(id);
      if (row != null) {
        page.add(row);
      }
    }
    return page;
  }

  private static boolean contains(String value, String lowerFragment) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(lowerFragment);
  }

  /** The case number a search names ("42" or "#42"), or null when it names none. */
  private static Long caseNumber(String search) {
    String digits = search.startsWith("#") ? search.substring(1) : search;
    return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : null;
  }

  /**
   * A page sorted by the assignee's name. The name lives in another table, so no index orders cases
   * by it, and one sort of a million cases costs seconds. Instead: one query per assignee in name
   * order (unassigned last), each read in the order of the assignee index (nearest due first) and
   * stopping at the page's end, so a page costs a few index reads per user. The order is the one
   * {@link #order} states for the same sort.
   */
  private List<CaseSummary> byAssignee(
      CaseFilter filter, boolean descending, int offset, int limit) {
    List<Long> groups =
        new ArrayList<>(
            dsl.select(APP_USER.ID)
                .from(APP_USER)
                .orderBy(APP_USER.USERNAME.asc())
                .fetch(APP_USER.ID));
    groups.add(null); // unassigned after every name
    if (descending) {
      java.util.Collections.reverse(groups);
    }
    org.jooq.Condition base = condition(dsl, searchIndex, filter);
    // the assignee leads the order although it is constant in a group: so H2 sees that the index
    // (assignee_id, due_date, id) is already in this order and stops after the page
    List<org.jooq.SortField<?>> within =
        descending
            ? List.of(
                PRIVACY_CASE.ASSIGNEE_ID.desc(),
                PRIVACY_CASE.DUE_DATE.desc().nullsFirst(),
                PRIVACY_CASE.ID.desc())
            : List.of(
                PRIVACY_CASE.ASSIGNEE_ID.asc(),
                PRIVACY_CASE.DUE_DATE.asc().nullsLast(),
                PRIVACY_CASE.ID.asc());
    List<CaseSummary> page = new ArrayList<>();
    int skip = offset;
    for (Long user : groups) {
      if (page.size() >= limit) {
        break;
      }
      if ((filter.assigneeId() != null && !filter.assigneeId().equals(user))
          || (filter.unassignedOnly() && user != null)) {
        continue;
      }
      org.jooq.Condition group =
          base.and(
              user == null ? PRIVACY_CASE.ASSIGNEE_ID.isNull() : PRIVACY_CASE.ASSIGNEE_ID.eq(user));
      // H2 would take the foreign key's index (assignee only) and sort the whole group
      List<CaseSummary> rows =
          summaries(dsl, IndexHints.privacyCase(dsl, "IX_CASE_ASSIGNEE"))
              .where(group)
              .orderBy(within)
              .offset(skip)
              .limit(limit - page.size())
              .fetch(JooqQueueQueries::map);
      if (rows.isEmpty() && skip > 0) {
        // the whole group lies before the page: skip past it
        skip -= dsl.fetchCount(PRIVACY_CASE, group);
        skip = Math.max(skip, 0);
      } else {
        skip = 0;
        page.addAll(rows);
      }
    }
    return page;
  }

  /** The query behind {@link #page}; also run as plain SQL by the benchmark. */
  static org.jooq.ResultQuery<Record> pageQuery(
      DSLContext dsl,
      ContactSearchIndex index,
      CaseFilter filter,
      CaseSort sort,
      int offset,
      int limit) {
    return summaries(dsl)
        .where(condition(dsl, index, filter))
        .orderBy(order(sort, filter))
        .offset(offset)
        .limit(limit);
  }

  /** The ids {@code filter} selects after {@code afterId}, ascending (bulk work in batches). */
  List<Long> ids(CaseFilter filter, long afterId, int limit) {
    return dsl.select(PRIVACY_CASE.ID)
        .from(PRIVACY_CASE)
        .where(condition(dsl, searchIndex, filter))
        .and(PRIVACY_CASE.ID.gt(afterId))
        .orderBy(PRIVACY_CASE.ID)
        .limit(limit)
        .fetch(PRIVACY_CASE.ID);
  }

  /** The query behind {@link #count}. */
  static org.jooq.ResultQuery<?> countQuery(
      DSLContext dsl, ContactSearchIndex index, CaseFilter filter) {
    // one user's open cases in some statuses: counted from ix_case_assignee_status alone (V19);
    // H2 would rather walk the status index over everyone's (Home's "waiting on me")
    var table =
        filter.assigneeId() != null
                && filter.openOnly()
                && !filter.statuses().isEmpty()
                && filter.search() == null
            ? IndexHints.privacyCase(dsl, "IX_CASE_ASSIGNEE_STATUS")
            : PRIVACY_CASE;
    return dsl.selectCount().from(table).where(condition(dsl, index, filter));
  }

  /**
   * Each order but the assignee's matches an index of V4 or V9 (due dates nulls last), so a page
   * stops early. When the filter fixes the assignee, the status or the type, that column leads the
   * nearest-due order too: it is the same order (the column is constant), but H2 then sees that the
   * index is already sorted. The assignee's name lives in another table: that order sorts the
   * filtered cases (measured in docs/performance.md).
   */
  private static List<org.jooq.SortField<?>> order(CaseSort sort, CaseFilter f) {
    return switch (sort) {
      case DUE -> {
        List<org.jooq.SortField<?>> by = new ArrayList<>();
        if (f.assigneeId() != null || f.unassignedOnly()) {
          by.add(PRIVACY_CASE.ASSIGNEE_ID.asc());
        } else if (f.statuses().size() == 1) {
          by.add(PRIVACY_CASE.STATUS.asc());
        } else if (f.types().size() == 1) {
          by.add(PRIVACY_CASE.CASE_TYPE.asc());
        }
        by.add(PRIVACY_CASE.DUE_DATE.asc().nullsLast());
        by.add(PRIVACY_CASE.ID.asc());
        yield by;
      }
      case DUE_DESC -> List.of(PRIVACY_CASE.DUE_DATE.desc().nullsFirst(), PRIVACY_CASE.ID.desc());
      case RECEIVED_OLDEST -> List.of(PRIVACY_CASE.RECEIVED_DATE.asc(), PRIVACY_CASE.ID.asc());
      case RECEIVED_NEWEST -> List.of(PRIVACY_CASE.RECEIVED_DATE.desc(), PRIVACY_CASE.ID.desc());
      case CASE_NUMBER -> List.of(PRIVACY_CASE.ID.asc());
      case CASE_NUMBER_DESC -> List.of(PRIVACY_CASE.ID.desc());
      case TYPE -> grouped(PRIVACY_CASE.CASE_TYPE, false);
      case TYPE_DESC -> grouped(PRIVACY_CASE.CASE_TYPE, true);
      case STATUS -> grouped(PRIVACY_CASE.STATUS, false);
      case STATUS_DESC -> grouped(PRIVACY_CASE.STATUS, true);
      case CHANNEL -> grouped(PRIVACY_CASE.CHANNEL, false);
      case CHANNEL_DESC -> grouped(PRIVACY_CASE.CHANNEL, true);
      case ASSIGNEE -> grouped(APP_USER.USERNAME, false);
      case ASSIGNEE_DESC -> grouped(APP_USER.USERNAME, true);
    };
  }

  /**
   * By {@code column}, then nearest due date (ended cases last), then case number; descending is
   * that order exactly reversed, so the same index serves it read backwards.
   */
  private static List<org.jooq.SortField<?>> grouped(
      org.jooq.TableField<?, ?> column, boolean descending) {
    return descending
        ? List.of(
            column.desc().nullsFirst(),
            PRIVACY_CASE.DUE_DATE.desc().nullsFirst(),
            PRIVACY_CASE.ID.desc())
        : List.of(
            column.asc().nullsLast(),
            PRIVACY_CASE.DUE_DATE.asc().nullsLast(),
            PRIVACY_CASE.ID.asc());
  }

  /**
   * Open cases always have a due date (their nearest clock) and ended ones never do; "open" as a
   * lower bound on due_date lets the indexes of V4 answer it as a range instead of a scan.
   */
  static final LocalDate OPEN_FLOOR = LocalDate.of(1900, 1, 1);

  /** How many cases {@code filter} selects. */
  long count(CaseFilter filter) {
    return countQuery(dsl, searchIndex, filter).fetchOne(0, Long.class);
  }

  /** The filter as SQL; the search matches a case number exactly, emails and accounts by part. */
  private static org.jooq.Condition condition(
      DSLContext dsl, ContactSearchIndex index, CaseFilter f) {
    org.jooq.Condition c = DSL.noCondition();
    if (!f.types().isEmpty()) {
      c = c.and(PRIVACY_CASE.CASE_TYPE.in(f.types().stream().map(Enum::name).toList()));
    }
    if (!f.statuses().isEmpty()) {
      c = c.and(PRIVACY_CASE.STATUS.in(f.statuses().stream().map(Enum::name).toList()));
    }
    if (f.assigneeId() != null) {
      c = c.and(PRIVACY_CASE.ASSIGNEE_ID.eq(f.assigneeId()));
    }
    if (f.unassignedOnly()) {
      c = c.and(PRIVACY_CASE.ASSIGNEE_ID.isNull());
    }
    if (!f.channels().isEmpty()) {
      c = c.and(PRIVACY_CASE.CHANNEL.in(f.channels().stream().map(Enum::name).toList()));
    }
    if (f.receivedFrom() != null) {
      c = c.and(PRIVACY_CASE.RECEIVED_DATE.ge(f.receivedFrom()));
    }
    if (f.receivedTo() != null) {
      c = c.and(PRIVACY_CASE.RECEIVED_DATE.le(f.receivedTo()));
    }
    if (f.openOnly() || f.dueOnOrBefore() != null) {
      c = c.and(PRIVACY_CASE.DUE_DATE.ge(OPEN_FLOOR));
    }
    if (f.dueOnOrBefore() != null) {
      c = c.and(PRIVACY_CASE.DUE_DATE.le(f.dueOnOrBefore()));
    }
    if (f.dueFrom() != null) {
      c = c.and(PRIVACY_CASE.DUE_DATE.ge(f.dueFrom()));
    }
    if (f.lawPassedBefore() != null) {
      // the nearest clock is never later than a statutory one: only overdue rows need the look
      c =
          c.and(PRIVACY_CASE.DUE_DATE.between(OPEN_FLOOR, f.lawPassedBefore().minusDays(1)))
              .and(DSL.exists(lawClockBefore(f.lawPassedBefore())));
    }
    if (f.lawNotPassedBefore() != null) {
      c = c.andNotExists(lawClockBefore(f.lawNotPassedBefore()));
    }
    if (f.search() != null && f.search().indexOf('\0') >= 0) {
      // no stored contact holds a NUL (intake refuses control characters), and PostgreSQL text
      // cannot even carry one into the query
      return c.and(DSL.falseCondition());
    }
    if (f.search() != null) {
      String s = f.search();
      String like =
          "%"
              + s.toLowerCase(Locale.ROOT)
                  .replace("\\", "\\\\")
                  .replace("%", "\\%")
                  .replace("_", "\\_")
              + "%";
      String likeUpper = like.toUpperCase(Locale.ROOT);
      // The in-memory index names candidate cases in milliseconds; the LIKE re-checks them.
      // A fragment too common for it: two index-only scans (ix_case_contact, ix_case_account),
      // still cheaper than an OR across two columns, which reads every row.
      var other = PRIVACY_CASE.as("search_case");
      org.jooq.Condition text =
          PRIVACY_CASE
              .CONTACT_NORMALIZED
              .like(like, '\\')
              .or(DSL.upper(PRIVACY_CASE.ACCOUNT_REF).like(likeUpper, '\\'));
      java.util.Optional<long[]> candidates = index.candidates(dsl, s);
      org.jooq.Condition match =
          candidates.isPresent()
              ? candidates.get().length == 0
                  ? DSL.falseCondition()
                  // one array bound as one value: thousands of candidates as as many bind
                  // values made a statement whose parsing cost more than the search itself
                  : PRIVACY_CASE
                      .ID
                      .eq(
                          DSL.any(
                              DSL.val(
                                  java.util.Arrays.stream(candidates.get())
                                      .boxed()
                                      .toArray(Long[]::new),
                                  org.jooq.impl.SQLDataType.BIGINT.array())))
                      .and(text)
              : PRIVACY_CASE.ID.in(
                  DSL.select(other.ID)
                      .from(other)
                      .where(other.CONTACT_NORMALIZED.like(like, '\\'))
                      .unionAll(
                          DSL.select(other.ID)
                              .from(other)
                              .where(DSL.upper(other.ACCOUNT_REF).like(likeUpper, '\\'))));
      Long number = caseNumber(s);
      if (number != null) {
        match = match.or(PRIVACY_CASE.ID.eq(number));
      }
      c = c.and(match);
    }
    return c;
  }

  /**
   * {@code field} of the case's nearest clock (the one its due date comes from), for a queue row.
   */
  private static <T> org.jooq.Field<T> ofNearestClock(org.jooq.Field<T> field, String alias) {
    return DSL.field(
            DSL.select(field)
                .from(CASE_CLOCK)
                .where(CASE_CLOCK.CASE_ID.eq(PRIVACY_CASE.ID))
                .orderBy(CASE_CLOCK.DUE_DATE, CASE_CLOCK.NAME.desc())
                .limit(1))
        .as(alias);
  }

  private static final org.jooq.Field<String> DUE_EXPLANATION =
      ofNearestClock(CASE_CLOCK.EXPLANATION, "due_explanation");

  private static final org.jooq.Field<String> DUE_CLOCK =
      ofNearestClock(CASE_CLOCK.NAME, "due_clock");

  /**
   * A statutory clock of the row's case (as {@link #STATUTORY_DUE} reads them) due before {@code
   * day}.
   */
  private static org.jooq.Select<?> lawClockBefore(java.time.LocalDate day) {
    return DSL.selectOne()
        .from(CASE_CLOCK)
        .where(CASE_CLOCK.CASE_ID.eq(PRIVACY_CASE.ID))
        .and(
            CASE_CLOCK.NAME.in(
                com.privacydesk.domain.types.DeadlineRules.STATUTORY,
                com.privacydesk.domain.types.DeadlineRules.LAW_ENFORCEMENT_NOTICE))
        .and(CASE_CLOCK.DUE_DATE.lt(day));
  }

  private static final org.jooq.Field<java.time.LocalDate> STATUTORY_DUE =
      org.jooq
          .impl
          .DSL
          .field(
              org.jooq
                  .impl
                  .DSL
                  .select(org.jooq.impl.DSL.min(CASE_CLOCK.DUE_DATE))
                  .from(CASE_CLOCK)
                  .where(CASE_CLOCK.CASE_ID.eq(PRIVACY_CASE.ID))
                  .and(
                      CASE_CLOCK.NAME.in(
                          com.privacydesk.domain.types.DeadlineRules.STATUTORY,
                          com.privacydesk.domain.types.DeadlineRules.LAW_ENFORCEMENT_NOTICE)))
          .as("statutory_due");

  private SelectOnConditionStep<Record> summaries() {
    return summaries(dsl);
  }

  /**
   * Only the columns a queue row shows: reading every column cost more than the query itself (jOOQ
   * reads H2's timestamps with time zone as text and parses them; measured with JFR).
   */
  private static SelectOnConditionStep<Record> summaries(DSLContext dsl) {
    return summaries(dsl, PRIVACY_CASE);
  }

  /**
   * {@link #summaries(DSLContext)} reading the cases through {@code cases} (an index hint), with
   * {@code also} read too.
   */
  private static SelectOnConditionStep<Record> summaries(
      DSLContext dsl,
      org.jooq.Table<com.privacydesk.persistence.generated.tables.records.PrivacyCaseRecord> cases,
      org.jooq.SelectField<?>... also) {
    return dsl.select(
            PRIVACY_CASE.ID,
            PRIVACY_CASE.CASE_TYPE,
            PRIVACY_CASE.STATUS,
            PRIVACY_CASE.CHANNEL,
            PRIVACY_CASE.RECEIVED_DATE,
            PRIVACY_CASE.DUE_DATE,
            PRIVACY_CASE.ASSIGNEE_ID,
            PRIVACY_CASE.VERSION)
        .select(APP_USER.USERNAME, DUE_EXPLANATION, DUE_CLOCK, STATUTORY_DUE)
        .select(also)
        .from(cases)
        .leftJoin(APP_USER)
        .on(APP_USER.ID.eq(PRIVACY_CASE.ASSIGNEE_ID));
  }

  private static CaseSummary map(Record r) {
    return new CaseSummary(
        r.get(PRIVACY_CASE.ID),
        r.get(PRIVACY_CASE.CASE_TYPE),
        r.get(PRIVACY_CASE.STATUS),
        r.get(PRIVACY_CASE.CHANNEL),
        r.get(PRIVACY_CASE.RECEIVED_DATE),
        r.get(PRIVACY_CASE.DUE_DATE),
        r.get(PRIVACY_CASE.ASSIGNEE_ID),
        r.get(APP_USER.USERNAME),
        r.get(PRIVACY_CASE.VERSION),
        r.get(DUE_EXPLANATION),
        r.get(DUE_CLOCK),
        r.get(STATUTORY_DUE),
        java.util.Set.of());
  }
}
