package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.AUDIT_EVENT;
import static com.privacydesk.persistence.generated.Tables.AUDIT_HEAD;

import com.privacydesk.app.port.AuditTrail;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.persistence.generated.tables.records.AuditEventRecord;
import com.privacydesk.persistence.generated.tables.records.AuditHeadRecord;
import java.util.List;
import org.jooq.DSLContext;

/** Appends to AUDIT_EVENT; the locked AUDIT_HEAD row makes concurrent writers take turns. */
final class JooqAuditTrail implements AuditTrail {
  private final DSLContext dsl;
  private final com.privacydesk.domain.audit.ChainKey key;
  private final JooqSealStore.Touched touched;

  JooqAuditTrail(
      DSLContext dsl, com.privacydesk.domain.audit.ChainKey key, JooqSealStore.Touched touched) {
    this.dsl = dsl;
    this.key = key;
    this.touched = touched;
  }

  @Override
  public com.privacydesk.domain.audit.ChainKey key() {
    return key;
  }

  @Override
  public com.privacydesk.domain.audit.Checkpoint checkpoint(java.time.Instant at, String occasion) {
    Head head = head();
    var c = key.checkpoint(head.lastSeq(), head.lastHash(), at);
    WitnessFile.append(c.line(), occasion);
    com.privacydesk.persistence.WitnessTable.append(dsl, c.line(), occasion);
    return c;
  }

  @Override
  public WitnessTable.State witnessTable() {
    return com.privacydesk.persistence.WitnessTable.state(dsl);
  }

  @Override
  public java.util.Optional<String> storedHash(long seq) {
    return dsl.select(AUDIT_EVENT.ENTRY_HASH)
        .from(AUDIT_EVENT)
        .where(AUDIT_EVENT.SEQ.eq(seq))
        .fetchOptional(AUDIT_EVENT.ENTRY_HASH);
  }

  @Override
  public void forEachInOrder(StoredEntryConsumer each) {
    try (var cursor =
        dsl.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ).fetchSize(1_000).fetchLazy()) {
      for (var r : cursor) {
        each.accept(r.getSeq(), entry(r), r.getPrevHash(), r.getEntryHash());
      }
    }
  }

  @Override
  public List<AuditEntry> about(String entity, long entityId) {
    return dsl.selectFrom(AUDIT_EVENT)
        .where(AUDIT_EVENT.ENTITY.eq(entity))
        .and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
        .orderBy(AUDIT_EVENT.SEQ)
        .fetch(JooqAuditTrail::entry);
  }

  @Override
  public List<Stored> after(long afterSeq, java.util.Set<String> actions, int limit) {
    return dsl.selectFrom(AUDIT_EVENT)
        .where(AUDIT_EVENT.SEQ.gt(afterSeq))
        .and(AUDIT_EVENT.ACTION.in(actions))
        .orderBy(AUDIT_EVENT.SEQ)
        .limit(limit)
        .fetch(r -> new Stored(r.getSeq(), entry(r)));
  }

  @Override
  public List<Long> newestAbout(String entity, long entityId, String action, int limit) {
    return dsl.select(AUDIT_EVENT.SEQ)
        .from(AUDIT_EVENT)
        .where(AUDIT_EVENT.ENTITY.eq(entity))
        .and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
        .and(AUDIT_EVENT.ACTION.eq(action))
        .orderBy(AUDIT_EVENT.SEQ.desc())
        .limit(limit)
        .fetch(AUDIT_EVENT.SEQ);
  }

  @Override
  public List<AuditEntry> withAction(String action) {
    return dsl.selectFrom(AUDIT_EVENT)
        .where(AUDIT_EVENT.ACTION.eq(action))
        .orderBy(AUDIT_EVENT.SEQ)
        .fetch(JooqAuditTrail::entry);
  }

  private static AuditEntry entry(AuditEventRecord r) {
    return new AuditEntry(
        Timestamps.fromDb(r.getOccurredAt()),
        r.getActorId(),
        r.getActorName(),
        r.getAction(),
        r.getEntity(),
        r.getEntityId(),
        r.getDetail());
  }

  @Override
  public Head head() {
    AuditHeadRecord head = dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).fetchSingle();
    return new Head(head.getLastSeq(), head.getLastHash());
  }

  @Override
  public boolean writtenByOthersSince(
      long afterSeq, String entity, long actorId, java.util.Collection<String> actions) {
    // a range of the primary key: only the entries written since
    return dsl.fetchExists(
        dsl.selectOne()
            .from(AUDIT_EVENT)
            .where(AUDIT_EVENT.SEQ.gt(afterSeq))
            .and(AUDIT_EVENT.ENTITY.eq(entity))
            .and(AUDIT_EVENT.ACTOR_ID.isNull().or(AUDIT_EVENT.ACTOR_ID.ne(actorId)))
            .and(AUDIT_EVENT.ACTION.notIn(actions)));
  }

  @Override
  public void appendAll(List<AuditEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Head head = lockHead();
    long seq = head.lastSeq();
    String prev = head.lastHash();
    var batch =
        dsl.batch(
            dsl.insertInto(
                    AUDIT_EVENT,
                    AUDIT_EVENT.SEQ,
                    AUDIT_EVENT.OCCURRED_AT,
                    AUDIT_EVENT.ACTOR_ID,
                    AUDIT_EVENT.ACTOR_NAME,
                    AUDIT_EVENT.ACTION,
                    AUDIT_EVENT.ENTITY,
                    AUDIT_EVENT.ENTITY_ID,
                    AUDIT_EVENT.DETAIL,
                    AUDIT_EVENT.PREV_HASH,
                    AUDIT_EVENT.ENTRY_HASH)
                .values((Long) null, null, null, null, null, null, null, null, null, null));
    for (AuditEntry e : entries) {
      seq++;
      String hash = key.entryHash(prev, seq, e);
      touched.add(e.entity(), e.entityId(), seq);
      batch =
          batch.bind(
              seq,
              Timestamps.toDb(e.occurredAt()),
              e.actorId(),
              e.actorName(),
              e.action(),
              e.entity(),
              e.entityId(),
              e.detail(),
              prev,
              hash);
      prev = hash;
    }
    batch.execute();
    advanceHead(seq, prev);
  }

  @Override
  public void append(AuditEntry e) {
    Head head = lockHead();
    long seq = head.lastSeq() + 1;
    String hash = key.entryHash(head.lastHash(), seq, e);
    touched.add(e.entity(), e.entityId(), seq);
    dsl.insertInto(AUDIT_EVENT)
        .set(AUDIT_EVENT.SEQ, seq)
        .set(AUDIT_EVENT.OCCURRED_AT, Timestamps.toDb(e.occurredAt()))
        .set(AUDIT_EVENT.ACTOR_ID, e.actorId())
        .set(AUDIT_EVENT.ACTOR_NAME, e.actorName())
        .set(AUDIT_EVENT.ACTION, e.action())
        .set(AUDIT_EVENT.ENTITY, e.entity())
        .set(AUDIT_EVENT.ENTITY_ID, e.entityId())
        .set(AUDIT_EVENT.DETAIL, e.detail())
        .set(AUDIT_EVENT.PREV_HASH, head.lastHash())
        .set(AUDIT_EVENT.ENTRY_HASH, hash)
        .execute();
    advanceHead(seq, hash);
  }

  /**
   * Locks the head row for this transaction, so writers take turns. On a server nobody may update
   * the head (ADR 0026): a function of the schema's owner locks it and moves it.
   */
  private Head lockHead() {
    if (onServer()) {
      var row = dsl.fetchSingle("select last_seq, last_hash from privacydesk_audit_head_lock()");
      return new Head(row.get(0, Long.class), row.get(1, String.class));
    }
    AuditHeadRecord head =
        dsl.selectFrom(AUDIT_HEAD).where(AUDIT_HEAD.ID.eq(1)).forUpdate().fetchSingle();
    return new Head(head.getLastSeq(), head.getLastHash());
  }

  /**
   * Moves the head to entry {@code seq}; on a server the function checks that the entries it moves
   * over are there and linked to the head before it.
   */
  private void advanceHead(long seq, String hash) {
    if (onServer()) {
      dsl.fetch("select privacydesk_audit_head_advance(?, cast(? as char(64)))", seq, hash);
      return;
    }
    dsl.update(AUDIT_HEAD)
        .set(AUDIT_HEAD.LAST_SEQ, seq)
        .set(AUDIT_HEAD.LAST_HASH, hash)
        .where(AUDIT_HEAD.ID.eq(1))
        .execute();
  }

  private boolean onServer() {
    return dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
  }
}
