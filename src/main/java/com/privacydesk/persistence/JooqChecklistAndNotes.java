package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_CHECKLIST;
import static com.privacydesk.persistence.generated.Tables.CASE_NOTE;
import static com.privacydesk.persistence.generated.Tables.CASE_NOTE_CORRESPONDENCE;
import static com.privacydesk.persistence.generated.Tables.CASE_NOTE_VERSION;

import com.privacydesk.app.port.CaseRepository.Earlier;
import com.privacydesk.app.port.CaseRepository.Note;
import com.privacydesk.domain.workflow.Tick;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A case's checklist ticks and notes. */
final class JooqChecklistAndNotes {
  private final DSLContext dsl;

  JooqChecklistAndNotes(DSLContext dsl) {
    this.dsl = dsl;
  }

  Map<String, Tick> ticks(long caseId) {
    Map<String, Tick> ticks = new LinkedHashMap<>();
    dsl.select(
            CASE_CHECKLIST.ITEM_KEY,
            CASE_CHECKLIST.DONE_ON,
            CASE_CHECKLIST.CHOICE,
            APP_USER.USERNAME,
            CASE_CHECKLIST.TICKED_AT)
        .from(CASE_CHECKLIST)
        .join(APP_USER)
        .on(APP_USER.ID.eq(CASE_CHECKLIST.TICKED_BY))
        .where(CASE_CHECKLIST.CASE_ID.eq(caseId))
        .forEach(
            t ->
                ticks.put(
                    t.value1(),
                    new Tick(
                        t.value1(),
                        t.value2(),
                        t.value3(),
                        t.value4(),
                        Timestamps.fromDb(t.value5()))));
    return ticks;
  }

  void putTick(long caseId, String key, LocalDate doneOn, String choice, long userId, Instant at) {
    dsl.mergeInto(CASE_CHECKLIST)
        .using(DSL.selectOne())
        .on(CASE_CHECKLIST.CASE_ID.eq(caseId).and(CASE_CHECKLIST.ITEM_KEY.eq(key)))
        .whenMatchedThenUpdate()
        .set(CASE_CHECKLIST.DONE_ON, doneOn)
        .set(CASE_CHECKLIST.CHOICE, choice)
        .set(CASE_CHECKLIST.TICKED_BY, userId)
        .set(CASE_CHECKLIST.TICKED_AT, Timestamps.toDb(at))
        .whenNotMatchedThenInsert(
            CASE_CHECKLIST.CASE_ID,
            CASE_CHECKLIST.ITEM_KEY,
            CASE_CHECKLIST.DONE_ON,
            CASE_CHECKLIST.CHOICE,
            CASE_CHECKLIST.TICKED_BY,
            CASE_CHECKLIST.TICKED_AT)
        .values(caseId, key, doneOn, choice, userId, Timestamps.toDb(at))
        .execute();
  }

  boolean deleteTick(long caseId, String key) {
    return dsl.deleteFrom(CASE_CHECKLIST)
            .where(CASE_CHECKLIST.CASE_ID.eq(caseId))
            .and(CASE_CHECKLIST.ITEM_KEY.eq(key))
            .execute()
        == 1;
  }

  long insertNote(long caseId, long authorId, Instant at, String body, boolean correspondence) {
    long id =
        dsl.insertInto(CASE_NOTE)
            .set(CASE_NOTE.CASE_ID, caseId)
            .set(CASE_NOTE.AUTHOR_ID, authorId)
            .set(CASE_NOTE.CREATED_AT, Timestamps.toDb(at))
            .set(CASE_NOTE.BODY, body)
            .set(CASE_NOTE.REDACTED, false)
            .returning(CASE_NOTE.ID)
            .fetchSingle()
            .getId();
    if (correspondence) {
      dsl.insertInto(CASE_NOTE_CORRESPONDENCE)
          .set(CASE_NOTE_CORRESPONDENCE.NOTE_ID, id)
          .set(CASE_NOTE_CORRESPONDENCE.CASE_ID, caseId)
          .execute();
    }
    return id;
  }

  long correctNote(
      long noteId, long caseId, String before, Instant writtenAt, String body, Instant at) {
    long version =
        dsl.insertInto(CASE_NOTE_VERSION)
            .set(CASE_NOTE_VERSION.NOTE_ID, noteId)
            .set(CASE_NOTE_VERSION.CASE_ID, caseId)
            .set(CASE_NOTE_VERSION.BODY, before)
            .set(CASE_NOTE_VERSION.WRITTEN_AT, Timestamps.toDb(writtenAt))
            .set(CASE_NOTE_VERSION.REPLACED_AT, Timestamps.toDb(at))
            .set(CASE_NOTE_VERSION.REDACTED, false)
            .returning(CASE_NOTE_VERSION.ID)
            .fetchSingle()
            .getId();
    dsl.update(CASE_NOTE)
        .set(CASE_NOTE.BODY, body)
        .where(CASE_NOTE.ID.eq(noteId))
        .and(CASE_NOTE.CASE_ID.eq(caseId))
        .execute();
    return version;
  }

  List<Note> notes(long caseId) {
    Map<Long, List<Earlier>> earlier = new java.util.HashMap<>();
    dsl.select(
            CASE_NOTE_VERSION.NOTE_ID,
            CASE_NOTE_VERSION.BODY,
            CASE_NOTE_VERSION.WRITTEN_AT,
            CASE_NOTE_VERSION.REPLACED_AT,
            CASE_NOTE_VERSION.REDACTED)
        .from(CASE_NOTE_VERSION)
        .where(CASE_NOTE_VERSION.CASE_ID.eq(caseId))
        .orderBy(CASE_NOTE_VERSION.ID)
        .forEach(
            v ->
                earlier
                    .computeIfAbsent(v.value1(), k -> new java.util.ArrayList<>())
                    .add(
                        new Earlier(
                            v.value2(),
                            Timestamps.fromDb(v.value3()),
                            Timestamps.fromDb(v.value4()),
                            v.value5())));
    java.util.Set<Long> correspondence =
        new java.util.HashSet<>(
            dsl.select(CASE_NOTE_CORRESPONDENCE.NOTE_ID)
                .from(CASE_NOTE_CORRESPONDENCE)
                .where(CASE_NOTE_CORRESPONDENCE.CASE_ID.eq(caseId))
                .fetch(CASE_NOTE_CORRESPONDENCE.NOTE_ID));
    return dsl.select(
            CASE_NOTE.ID,
            CASE_NOTE.AUTHOR_ID,
            APP_USER.USERNAME,
            CASE_NOTE.CREATED_AT,
            CASE_NOTE.BODY,
            CASE_NOTE.REDACTED)
        .from(CASE_NOTE)
        .join(APP_USER)
        .on(APP_USER.ID.eq(CASE_NOTE.AUTHOR_ID))
        .where(CASE_NOTE.CASE_ID.eq(caseId))
        .orderBy(CASE_NOTE.ID)
        .fetch(
            n ->
                new Note(
                    n.value1(),
                    n.value2(),
                    n.value3(),
                    Timestamps.fromDb(n.value4()),
                    n.value5(),
                    n.value6(),
                    correspondence.contains(n.value1()),
                    earlier.getOrDefault(n.value1(), List.of())));
  }

  int redactNotes(long caseId, String replacement) {
    dsl.update(CASE_NOTE_VERSION)
        .set(CASE_NOTE_VERSION.BODY, replacement)
        .set(CASE_NOTE_VERSION.REDACTED, true)
        .where(CASE_NOTE_VERSION.CASE_ID.eq(caseId))
        .and(CASE_NOTE_VERSION.REDACTED.isFalse())
        .execute();
    return dsl.update(CASE_NOTE)
        .set(CASE_NOTE.BODY, replacement)
        .set(CASE_NOTE.REDACTED, true)
        .where(CASE_NOTE.CASE_ID.eq(caseId))
        .and(CASE_NOTE.REDACTED.isFalse())
        .execute();
  }
}
