package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import com.privacydesk.persistence.generated.tables.records.PrivacyCaseRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * H2's {@code USE INDEX} hints, where its planner picks a worse index on its own (measured, ADR
 * 0011). PostgreSQL has no hints and plans these queries well from its statistics, so there the
 * table is used plain.
 */
final class IndexHints {
  private IndexHints() {}

  /** PRIVACY_CASE read through {@code index} on H2, plain elsewhere. */
  static Table<PrivacyCaseRecord> privacyCase(DSLContext dsl, String index) {
    return dsl.family() == SQLDialect.H2 ? PRIVACY_CASE.useIndex(index) : PRIVACY_CASE;
  }
}
