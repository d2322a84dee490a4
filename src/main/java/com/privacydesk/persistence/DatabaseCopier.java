package com.privacydesk.persistence;

import com.privacydesk.app.DatabaseCopy.TableCount;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.persistence.generated.DefaultSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;

/**
 * Copies every table of the embedded database into team mode's freshly migrated server database,
 * row for row with the same ids and hashes, in one transaction on the server: either the whole copy
 * is there or none of it. Parents before children (foreign keys); identity counters set past the
 * copied ids afterwards.
 */
final class DatabaseCopier {
  /** Rows per JDBC batch. */
  private static final int BATCH = 1_000;

  private DatabaseCopier() {}

  /**
   * Refuses a server database that already holds tables in its schema: the copy is for a new team
   * database, never a merge.
   */
  static void requireEmpty(DatabaseServer server) {
    try (Connection c = Database.plainConnection(server);
        PreparedStatement st =
            c.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema ="
                    + " current_schema()");
        ResultSet rs = st.executeQuery()) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new DatabaseException(
            "The database on "
                + server.describe()
                + " is not empty: migrate-db copies into a new, empty database only.");
      }
    } catch (SQLException e) {
      throw DatabaseServerException.connecting(server, e);
    }
  }

  /**
   * Copies all rows of {@code source} into {@code target} (whose schema is migrated and otherwise
   * untouched) and returns the rows counted on both sides afterwards.
   *
   * @param progress told (table, rows copied so far) as the copy goes on
   */
  static List<TableCount> copy(
      DSLContext source, DSLContext target, BiConsumer<String, Long> progress) {
    List<Table<?>> order = parentsFirst(DefaultSchema.DEFAULT_SCHEMA.getTables());
    target.transaction(
        cfg -> {
          DSLContext tx = org.jooq.impl.DSL.using(cfg);
          // the migrations seed a few rows (the audit head); the copy brings its own
          List<Table<?>> reversed = new ArrayList<>(order);
          Collections.reverse(reversed);
          for (Table<?> t : reversed) {
            tx.deleteFrom(t).execute();
          }
          for (Table<?> t : order) {
            copyTable(source, tx, t, progress);
          }
          for (Table<?> t : order) {
            Field<?> identity = t.getIdentity() == null ? null : t.getIdentity().getField();
            if (identity != null) {
              Long max =
                  tx.select(org.jooq.impl.DSL.max(identity.coerce(Long.class)))
                      .from(t)
                      .fetchOne(0, Long.class);
              tx.execute(
                  "ALTER TABLE "
                      + t.getName().toLowerCase(java.util.Locale.ROOT)
                      + " ALTER COLUMN "
                      + identity.getName().toLowerCase(java.util.Locale.ROOT)
                      + " RESTART WITH "
                      + (max == null ? 1 : max + 1));
            }
          }
        });
    ServerStatistics.refresh(target);
    List<TableCount> counts = new ArrayList<>();
    for (Table<?> t : order) {
      counts.add(
          new TableCount(
              t.getName().toLowerCase(java.util.Locale.ROOT),
              source.fetchCount(t),
              target.fetchCount(t)));
    }
    return counts;
  }

  private static void copyTable(
      DSLContext source, DSLContext target, Table<?> table, BiConsumer<String, Long> progress) {
    Field<?>[] fields = table.fields();
    String sql =
        target
            .insertInto(table)
            .columns(fields)
            .values(Collections.nCopies(fields.length, null))
            .getSQL();
    String name = table.getName().toLowerCase(java.util.Locale.ROOT);
    target.connection(
        connection -> {
          try (PreparedStatement ps = connection.prepareStatement(sql);
              var cursor =
                  source.selectFrom(table).orderBy(order(table)).fetchSize(BATCH).fetchLazy()) {
            long rows = 0;
            for (Record r : cursor) {
              for (int i = 0; i < fields.length; i++) {
                ps.setObject(i + 1, databaseValue(fields[i], r.get(i)));
              }
              ps.addBatch();
              if (++rows % BATCH == 0) {
                ps.executeBatch();
                progress.accept(name, rows);
              }
            }
            ps.executeBatch();
            progress.accept(name, rows);
          }
        });
  }

  /**
   * {@code value} as the column stores it: a column generated as a domain enum (jOOQ {@code
   * forcedTypes}) goes to JDBC as its name, through the field's own converter.
   */
  @SuppressWarnings("unchecked")
  private static Object databaseValue(Field<?> field, Object value) {
    return ((org.jooq.Converter<Object, Object>) field.getConverter()).to(value);
  }

  /** The primary key's columns (ids ascending), or every column for a table without one. */
  private static List<SortField<?>> order(Table<?> table) {
    List<? extends Field<?>> key =
        table.getPrimaryKey() == null
            ? List.of(table.fields())
            : table.getPrimaryKey().getFields().stream().map(f -> (Field<?>) f).toList();
    return key.stream().<SortField<?>>map(Field::asc).toList();
  }

  /** {@code tables} ordered so that every table comes after the tables its foreign keys name. */
  static List<Table<?>> parentsFirst(List<Table<?>> tables) {
    Set<Table<?>> done = new LinkedHashSet<>();
    for (Table<?> t : tables) {
      visit(t, done, new LinkedHashSet<>());
    }
    return List.copyOf(done);
  }

  private static void visit(Table<?> t, Set<Table<?>> done, Set<Table<?>> path) {
    if (done.contains(t)) {
      return;
    }
    if (!path.add(t)) {
      throw new IllegalStateException("Foreign keys form a cycle at " + t.getName());
    }
    for (ForeignKey<?, ?> fk : t.getReferences()) {
      Table<?> parent = fk.getKey().getTable();
      if (!parent.equals(t)) {
        visit(parent, done, path);
      }
    }
    done.add(t);
  }
}
