package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_SETTING;
import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_LINK;
import static com.privacydesk.persistence.generated.Tables.DISCLOSURE_RECIPIENT;
import static com.privacydesk.persistence.generated.Tables.DISCLOSURE_YEAR;
import static com.privacydesk.persistence.generated.Tables.INCOMING_MAIL;
import static com.privacydesk.persistence.generated.Tables.LETTER_TEMPLATE;
import static com.privacydesk.persistence.generated.Tables.MAILBOX;
import static com.privacydesk.persistence.generated.Tables.MONTH_REPORT;
import static com.privacydesk.persistence.generated.Tables.OPT_OUT_SUPPRESSION;
import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.domain.audit.Seals;
import com.privacydesk.persistence.generated.DefaultSchema;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Which rows make up each audited entity, and their canonical digests (ADR 0022). A case is its
 * row, every table with a {@code CASE_ID} column (each request type's facts, checklist, clocks,
 * closures, notes, letters, numbers), its links both ways and the opt-out hash kept after its
 * purge; a user is its row; the settings, the letter templates and each year of the disclosure
 * register are one entity each, and so is each frozen month's report (by its yyyymm), each
 * mailbox's settings and each incoming message. A table added later with a {@code CASE_ID} column
 * is sealed with its case without code here.
 */
final class SealedTables {
  /** The audited entities whose rows are sealed, as audit entries name them. */
  static final List<String> ENTITIES =
      List.of("CASE", "USER", "SETTING", "TEMPLATE", "REGISTER", "MONTH", "MAILBOX", "MAIL");

  /** Tables that are never sealed: the trail itself, bookkeeping, who has a case open now. */
  private static final Set<String> NOT_CASE_DATA =
      Set.of("AUDIT_EVENT", "ENTITY_SEAL", "CASE_PRESENCE");

  private static final List<Table<?>> CASE_CHILD_TABLES =
      DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
          .filter(t -> !NOT_CASE_DATA.contains(t.getName().toUpperCase(java.util.Locale.ROOT)))
          .filter(t -> caseIdOf(t) != null)
          .toList();

  private SealedTables() {}

  /** Whether {@code entity} has sealed rows. */
  static boolean sealed(String entity) {
    return ENTITIES.contains(entity);
  }

  /**
   * {@code ids} as literals: H2 looks an IN list up in an index only when its items are constants,
   * and scans the table when they are parameters (cast one by one). Numbers only, so safe.
   */
  static List<org.jooq.Field<Long>> literal(Collection<Long> ids) {
    return ids.stream().<org.jooq.Field<Long>>map(DSL::inline).toList();
  }

  /**
   * The digests of the rows of the entities {@code ids} of {@code entity}, by id (an id without
   * rows is absent). The entities without ids (settings, templates) use id 0.
   */
  static Map<Long, List<String>> digests(DSLContext dsl, String entity, Collection<Long> keys) {
    Map<Long, List<String>> out = new HashMap<>();
    List<org.jooq.Field<Long>> ids = literal(keys);
    switch (entity) {
      case "CASE" -> {
        boolean range = asRange(keys);
        long min = range ? java.util.Collections.min(keys) : 0;
        long max = range ? java.util.Collections.max(keys) : 0;
        java.util.function.Function<Field<Long>, Condition> of =
            range ? f -> f.between(DSL.inline(min), DSL.inline(max)) : f -> f.in(ids);
        add(out, dsl, PRIVACY_CASE, of.apply(PRIVACY_CASE.ID), PRIVACY_CASE.ID);
        for (Table<?> t : CASE_CHILD_TABLES) {
          Field<Long> caseId = caseIdOf(t);
          add(out, dsl, t, of.apply(caseId), caseId);
        }
        add(out, dsl, CASE_LINK, of.apply(CASE_LINK.FROM_CASE_ID), CASE_LINK.FROM_CASE_ID);
        add(out, dsl, CASE_LINK, of.apply(CASE_LINK.TO_CASE_ID), CASE_LINK.TO_CASE_ID);
        add(
            out,
            dsl,
            OPT_OUT_SUPPRESSION,
            of.apply(OPT_OUT_SUPPRESSION.FIRST_CASE_ID),
            OPT_OUT_SUPPRESSION.FIRST_CASE_ID);
        if (range) {
          // a range may hold cases not asked for
          out.keySet().retainAll(new java.util.HashSet<>(keys));
        }
      }
      case "USER" -> add(out, dsl, APP_USER, APP_USER.ID.in(ids), APP_USER.ID);
      case "SETTING" -> add(out, dsl, APP_SETTING, DSL.trueCondition(), null);
      case "TEMPLATE" -> add(out, dsl, LETTER_TEMPLATE, DSL.trueCondition(), null);
      case "REGISTER" -> {
        List<org.jooq.Field<Integer>> years = ints(keys);
        add(
            out,
            dsl,
            DISCLOSURE_YEAR,
            DISCLOSURE_YEAR.REGISTER_YEAR.in(years),
            DISCLOSURE_YEAR.REGISTER_YEAR);
        add(
            out,
            dsl,
            DISCLOSURE_RECIPIENT,
            DISCLOSURE_RECIPIENT.REGISTER_YEAR.in(years),
            DISCLOSURE_RECIPIENT.REGISTER_YEAR);
      }
      case "MONTH" ->
          add(
              out,
              dsl,
              MONTH_REPORT,
              MONTH_REPORT.REPORT_MONTH.in(ints(keys)),
              MONTH_REPORT.REPORT_MONTH);
      case "MAILBOX" -> add(out, dsl, MAILBOX, MAILBOX.ID.in(ids), MAILBOX.ID);
      case "MAIL" -> add(out, dsl, INCOMING_MAIL, INCOMING_MAIL.ID.in(ids), INCOMING_MAIL.ID);
      default -> throw new IllegalArgumentException("not a sealed entity: " + entity);
    }
    return out;
  }

  /**
   * Whether to read the rows of the cases {@code keys} as one index range: a dense run of ids
   * (verify-audit walks every case in id order), which H2 scans far faster than it parses and looks
   * up hundreds of literals; scattered ids (a transaction's few cases) go as a list.
   */
  private static boolean asRange(Collection<Long> keys) {
    return keys.size() >= 64
        && java.util.Collections.max(keys) - java.util.Collections.min(keys) < 2L * keys.size();
  }

  /**
   * The column that numbers the records of {@code entity} (as a long), or null for the entities
   * that are one record (settings, templates).
   */
  static @org.jspecify.annotations.Nullable Field<Long> idColumn(String entity) {
    return switch (entity) {
      case "CASE" -> PRIVACY_CASE.ID;
      case "USER" -> APP_USER.ID;
      case "REGISTER" -> DISCLOSURE_YEAR.REGISTER_YEAR.cast(Long.class);
      case "MONTH" -> MONTH_REPORT.REPORT_MONTH.cast(Long.class);
      case "MAILBOX" -> MAILBOX.ID;
      case "MAIL" -> INCOMING_MAIL.ID;
      default -> null;
    };
  }

  /** The main table of a numbered entity. */
  static Table<?> tableOf(String entity) {
    return switch (entity) {
      case "CASE" -> PRIVACY_CASE;
      case "USER" -> APP_USER;
      case "REGISTER" -> DISCLOSURE_YEAR;
      case "MONTH" -> MONTH_REPORT;
      case "MAILBOX" -> MAILBOX;
      case "MAIL" -> INCOMING_MAIL;
      default -> throw new IllegalArgumentException(entity);
    };
  }

  /** Every id of {@code entity} that has rows, ascending. */
  static List<Long> ids(DSLContext dsl, String entity, long after, int limit) {
    return switch (entity) {
      case "CASE" -> idsAfter(dsl, PRIVACY_CASE.ID, after, limit);
      case "USER" -> idsAfter(dsl, APP_USER.ID, after, limit);
      case "SETTING" -> after < 0 && dsl.fetchExists(APP_SETTING) ? List.of(0L) : List.of();
      case "TEMPLATE" -> after < 0 && dsl.fetchExists(LETTER_TEMPLATE) ? List.of(0L) : List.of();
      case "REGISTER" -> intIdsAfter(dsl, DISCLOSURE_YEAR.REGISTER_YEAR, after, limit);
      case "MONTH" -> intIdsAfter(dsl, MONTH_REPORT.REPORT_MONTH, after, limit);
      case "MAILBOX" -> idsAfter(dsl, MAILBOX.ID, after, limit);
      case "MAIL" -> idsAfter(dsl, INCOMING_MAIL.ID, after, limit);
      default -> throw new IllegalArgumentException("not a sealed entity: " + entity);
    };
  }

  private static List<Long> intIdsAfter(
      DSLContext dsl, org.jooq.TableField<?, Integer> id, long after, int limit) {
    return dsl.select(id)
        .from(id.getTable())
        .where(id.gt((int) Math.max(after, Integer.MIN_VALUE)))
        .orderBy(id)
        .limit(limit)
        .fetch(r -> r.value1().longValue());
  }

  /** Whole-number keys (years, months) as literals, as {@link #literal}. */
  private static List<org.jooq.Field<Integer>> ints(Collection<Long> keys) {
    return keys.stream().<org.jooq.Field<Integer>>map(y -> DSL.inline(y.intValue())).toList();
  }

  private static List<Long> idsAfter(
      DSLContext dsl, org.jooq.TableField<?, Long> id, long after, int limit) {
    return dsl.select(id)
        .from(id.getTable())
        .where(id.gt(after))
        .orderBy(id)
        .limit(limit)
        .fetch(id);
  }

  @SuppressWarnings("unchecked")
  private static Field<Long> caseIdOf(Table<?> t) {
    Field<?> f = t.field("CASE_ID");
    if (f == null) {
      f = t.field("case_id");
    }
    return f != null && f.getType() == Long.class ? (Field<Long>) f : null;
  }

  private static void add(
      Map<Long, List<String>> out,
      DSLContext dsl,
      Table<?> table,
      Condition where,
      Field<? extends Number> owner) {
    String name = table.getName().toUpperCase(java.util.Locale.ROOT);
    for (Record r : dsl.selectFrom(table).where(where).fetch()) {
      long id = owner == null ? 0L : r.get(owner).longValue();
      out.computeIfAbsent(id, k -> new ArrayList<>()).add(Seals.rowDigest(name, cells(r)));
    }
  }

  /**
   * A row as text the same on H2 and PostgreSQL: each column's name and value, times as instants,
   * enums by name, binary content by its SHA-256.
   */
  private static List<String> cells(Record r) {
    List<String> cells = new ArrayList<>(r.size() * 2);
    for (Field<?> f : r.fields()) {
      Object v = r.get(f);
      cells.add(f.getName().toUpperCase(java.util.Locale.ROOT));
      cells.add(text(v));
    }
    return cells;
  }

  private static String text(Object v) {
    if (v == null) {
      return "\u2400";
    }
    if (v instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof byte[] bytes) {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    if (v instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }
}
