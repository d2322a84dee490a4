package com.privacydesk.app;

import com.privacydesk.app.audit.AuditService;
import java.util.List;

/**
 * What {@code migrate-db} copied from the embedded database to team mode's server: the rows of
 * every table on both sides, and the audit chain as verified on the copy.
 *
 * @param source where the data came from (the data folder)
 * @param target where it went ({@link DatabaseServer#describe})
 * @param tables every table, in the order copied
 * @param audit the copy's audit chain, walked from the first entry
 */
public record DatabaseCopy(
    String source, String target, List<TableCount> tables, AuditService.Verification audit) {
  public DatabaseCopy {
    tables = List.copyOf(tables);
  }

  /** One table's rows in the source and in the copy. */
  public record TableCount(String table, long source, long target) {
    /** Whether the copy holds as many rows as the source. */
    public boolean matches() {
      return source == target;
    }
  }

  /** Whether every table's count matches and the copy's audit chain is intact. */
  public boolean ok() {
    return audit.intact() && tables.stream().allMatch(TableCount::matches);
  }
}
