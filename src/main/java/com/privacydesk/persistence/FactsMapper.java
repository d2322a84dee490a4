package com.privacydesk.persistence;

import com.privacydesk.domain.types.TypeFacts;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The facts table(s) of one request type: read for the case window, cleared of personal data by a
 * purge and, for a type declared by a {@code FormTypeSpec}, written by intake and the bulk writer
 * and searched for duplicate keys. The copy to PostgreSQL takes every table as it is.
 */
interface FactsMapper {
  /** The recorded facts of case {@code caseId} by fact name, in display order (none: empty). */
  Map<String, String> read(DSLContext dsl, long caseId);

  /** Clears the personal facts of {@code caseIds} (a purge keeps what is not personal). */
  void purge(DSLContext dsl, List<Long> caseIds);

  /** Stores the facts of new cases (types whose intake is built from their spec). */
  default void insert(DSLContext dsl, List<Stored> rows) {
    throw new UnsupportedOperationException("this type's facts are written by its own port method");
  }

  /** The cases of the type holding duplicate key {@code keyHash}, purged ones included. */
  default List<Long> casesWithKey(DSLContext dsl, String keyHash) {
    return List.of();
  }

  /** The facts of one new case. */
  record Stored(long caseId, TypeFacts facts) {}
}
