package com.privacydesk.app.port;

/**
 * A change was refused because the record it touches no longer matches its seal: it was changed
 * outside PrivacyDesk since its last audited change (ADR 0022). Nothing of the change is kept.
 */
public final class RecordTamperedException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final long entityId;
  private final String record;
  private final boolean shown;

  /**
   * A refusal naming {@code record} for people ("Case #12").
   *
   * @param entity the entity as audit entries name it
   * @param entityId its id
   * @param record the record named for people
   */
  public RecordTamperedException(String entity, long entityId, String record) {
    this(entity, entityId, record, false);
  }

  /**
   * A refusal to show (or report from) {@code record} because it no longer matches its seal: a
   * forgery is never passed on as evidence.
   */
  public static RecordTamperedException notShown(String entity, long entityId, String record) {
    return new RecordTamperedException(entity, entityId, record, true);
  }

  private RecordTamperedException(String entity, long entityId, String record, boolean shown) {
    super(
        record
            + " was changed outside PrivacyDesk (it no longer matches its seal), so "
            + (shown ? "it is not shown" : "nothing was saved")
            + ". An administrator must check it: Tools → Verify audit trail, or the"
            + " verify-audit command.");
    this.entity = entity;
    this.entityId = entityId;
    this.record = record;
    this.shown = shown;
  }

  @Override
  public String messageKey() {
    return shown ? "error.recordTampered.notShown" : "error.recordTampered";
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {record};
  }

  /** The entity, as audit entries name it (CASE, USER, …). */
  public String entity() {
    return entity;
  }

  /** Its id (0 for the settings and the templates). */
  public long entityId() {
    return entityId;
  }
}
