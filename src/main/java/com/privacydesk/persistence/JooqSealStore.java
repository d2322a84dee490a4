package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.AUDIT_EVENT;
import static com.privacydesk.persistence.generated.Tables.ENTITY_SEAL;

import com.privacydesk.app.port.RecordTamperedException;
import com.privacydesk.app.port.SealStore;
import com.privacydesk.domain.audit.ChainKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * ENTITY_SEAL: one row per audited entity with the keyed hash of its rows and the audit entry it
 * was made for (ADR 0022). Written at the end of every transaction for the entities its audit
 * entries name ({@link Touched}); checked by verify-audit and at sign-in.
 */
final class JooqSealStore implements SealStore {
  private static final int CHUNK = 500;

  private final DSLContext dsl;
  private final ChainKey key;

  JooqSealStore(DSLContext dsl, ChainKey key) {
    this.dsl = dsl;
    this.key = key;
  }

  /** The entities a transaction's audit entries named, each with its latest entry there. */
  static final class Touched {
    private final Map<String, Map<Long, Long>> latest = new LinkedHashMap<>();

    /** Entry {@code seq} is about {@code entity} {@code id} (null: the entity has no ids). */
    void add(String entity, Long id, long seq) {
      if (SealedTables.sealed(entity)) {
        latest.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(id == null ? 0L : id, seq);
      }
    }

    boolean isEmpty() {
      return latest.isEmpty();
    }
  }

  /**
   * Refuses the transaction when an entity it touched was changed outside PrivacyDesk before it:
   * this store reads, outside the transaction, what was committed, and checks each entity's seal as
   * verify-audit would. A later change would otherwise seal the forged rows as its own.
   */
  void refuseTampered(Touched touched) {
    for (var byEntity : touched.latest.entrySet()) {
      String entity = byEntity.getKey();
      List<Long> ids = new ArrayList<>(byEntity.getValue().keySet());
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        Map<Long, Long> sealedAt = new java.util.HashMap<>();
        Map<Long, String> seals = new java.util.HashMap<>();
        dsl.select(ENTITY_SEAL.ENTITY_ID, ENTITY_SEAL.AUDIT_SEQ, ENTITY_SEAL.SEAL)
            .from(ENTITY_SEAL)
            .where(ENTITY_SEAL.ENTITY.eq(entity))
            .and(ENTITY_SEAL.ENTITY_ID.in(SealedTables.literal(chunk)))
            .forEach(
                r -> {
                  sealedAt.put(r.value1(), r.value2());
                  seals.put(r.value1(), r.value3());
                });
        Map<Long, List<String>> digests = SealedTables.digests(dsl, entity, chunk);
        for (long id : chunk) {
          List<String> rows = digests.get(id);
          Long seq = sealedAt.get(id);
          boolean intact =
              seq == null
                  ? rows == null // new: neither rows nor seal committed yet
                  : key.seal(entity, id, seq, rows == null ? List.of() : rows).equals(seals.get(id))
                      && key.sealIsCurrent(seq, latestEntry(entity, id));
          if (!intact) {
            throw new RecordTamperedException(
                entity, id, com.privacydesk.domain.audit.RecordName.capitalised(entity, id));
          }
        }
      }
    }
  }

  /** Seals the rows of every entity in {@code touched} as they are now. */
  void seal(Touched touched) {
    for (var byEntity : touched.latest.entrySet()) {
      List<Long> ids = new ArrayList<>(byEntity.getValue().keySet());
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        write(byEntity.getKey(), chunk, byEntity.getValue()::get);
      }
    }
  }

  /**
   * Seals every entity that exists now as of entry {@code baseline} (an installation's first key,
   * or a database that had none).
   */
  void sealEverything(long baseline) {
    for (String entity : SealedTables.ENTITIES) {
      long after = -1;
      while (true) {
        List<Long> ids = SealedTables.ids(dsl, entity, after, CHUNK);
        if (ids.isEmpty()) {
          break;
        }
        write(entity, ids, id -> baseline);
        after = ids.getLast();
      }
      // and what entries name but has no rows (e.g. a failed sign-in of an unknown name)
      Field<Long> named = DSL.coalesce(AUDIT_EVENT.ENTITY_ID, DSL.inline(0L));
      List<Long> rest =
          dsl.selectDistinct(named)
              .from(AUDIT_EVENT)
              .where(AUDIT_EVENT.ENTITY.eq(entity))
              .andNotExists(
                  dsl.selectOne()
                      .from(ENTITY_SEAL)
                      .where(ENTITY_SEAL.ENTITY.eq(entity))
                      .and(ENTITY_SEAL.ENTITY_ID.eq(named)))
              .fetch(named);
      for (int from = 0; from < rest.size(); from += CHUNK) {
        write(entity, rest.subList(from, Math.min(rest.size(), from + CHUNK)), id -> baseline);
      }
    }
  }

  private void write(String entity, List<Long> ids, java.util.function.Function<Long, Long> seqOf) {
    Map<Long, List<String>> digests = SealedTables.digests(dsl, entity, ids);
    dsl.deleteFrom(ENTITY_SEAL)
        .where(ENTITY_SEAL.ENTITY.eq(entity))
        .and(ENTITY_SEAL.ENTITY_ID.in(SealedTables.literal(ids)))
        .execute();
    var batch =
        dsl.batch(
            dsl.insertInto(
                    ENTITY_SEAL,
                    ENTITY_SEAL.ENTITY,
                    ENTITY_SEAL.ENTITY_ID,
                    ENTITY_SEAL.AUDIT_SEQ,
                    ENTITY_SEAL.SEAL)
                .values((String) null, (Long) null, (Long) null, (String) null));
    for (long id : ids) {
      long seq = seqOf.apply(id);
      String seal = key.seal(entity, id, seq, digests.getOrDefault(id, List.of()));
      batch = batch.bind(entity, id, seq, seal);
    }
    batch.execute();
  }

  @Override
  public List<String> entities() {
    return SealedTables.ENTITIES;
  }

  @Override
  public void forEachSeal(String entity, SealConsumer each) {
    long after = Long.MIN_VALUE;
    while (true) {
      var seals =
          dsl.select(ENTITY_SEAL.ENTITY_ID, ENTITY_SEAL.AUDIT_SEQ, ENTITY_SEAL.SEAL)
              .from(ENTITY_SEAL)
              .where(ENTITY_SEAL.ENTITY.eq(entity))
              .and(ENTITY_SEAL.ENTITY_ID.gt(after))
              // both columns of ix_entity_seal_entity: H2 then reads the page in index order; by
              // the id alone it sorted every seal left at each page (hours at a million cases)
              .orderBy(ENTITY_SEAL.ENTITY, ENTITY_SEAL.ENTITY_ID)
              .limit(CHUNK)
              .fetch();
      if (seals.isEmpty()) {
        return;
      }
      List<Long> ids = seals.map(r -> r.value1());
      Map<Long, List<String>> digests = SealedTables.digests(dsl, entity, ids);
      for (var r : seals) {
        List<String> rows = digests.get(r.value1());
        boolean matches =
            key.seal(entity, r.value1(), r.value2(), rows == null ? List.of() : rows)
                .equals(r.value3());
        each.accept(r.value1(), r.value2(), matches, rows != null);
      }
      after = ids.getLast();
    }
  }

  @Override
  public List<Long> unsealed(String entity, int max) {
    Field<Long> id = SealedTables.idColumn(entity);
    if (id == null) {
      boolean rows = !SealedTables.ids(dsl, entity, -1, 1).isEmpty();
      return rows && state(entity, 0).isEmpty() ? List.of(0L) : List.of();
    }
    return dsl.select(id)
        .from(SealedTables.tableOf(entity))
        .whereNotExists(
            dsl.selectOne()
                .from(ENTITY_SEAL)
                .where(ENTITY_SEAL.ENTITY.eq(entity))
                .and(ENTITY_SEAL.ENTITY_ID.eq(id)))
        .orderBy(id)
        .limit(max)
        .fetch(id);
  }

  @Override
  public Optional<SealState> state(String entity, long id) {
    var stored =
        dsl.select(ENTITY_SEAL.AUDIT_SEQ, ENTITY_SEAL.SEAL)
            .from(ENTITY_SEAL)
            .where(ENTITY_SEAL.ENTITY.eq(entity))
            .and(ENTITY_SEAL.ENTITY_ID.eq(id))
            .fetchOptional();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    List<String> rows = SealedTables.digests(dsl, entity, List.of(id)).getOrDefault(id, List.of());
    long seq = stored.get().value1();
    return Optional.of(
        new SealState(seq, key.seal(entity, id, seq, rows).equals(stored.get().value2())));
  }

  @Override
  public long latestEntry(String entity, long id) {
    Long seq =
        dsl.select(DSL.max(AUDIT_EVENT.SEQ))
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.ENTITY.eq(entity))
            .and(id == 0 ? AUDIT_EVENT.ENTITY_ID.isNull() : AUDIT_EVENT.ENTITY_ID.eq(id))
            .fetchOne(0, Long.class);
    return seq == null ? 0 : seq;
  }
}
