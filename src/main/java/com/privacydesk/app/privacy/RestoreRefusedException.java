package com.privacydesk.app.privacy;

import com.privacydesk.app.audit.AuditService.Verification;
import java.nio.file.Path;

/**
 * A backup that does not verify (its audit chain broken, or records that do not match their seals:
 * changed outside PrivacyDesk) is not restored: nothing was written to the data folder.
 */
public final class RestoreRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RestoreRefusedException(Path backup, Verification found) {
    super(
        "The backup "
            + backup
            + " does not verify, so nothing was restored: "
            + found
                .problem()
                .map(p -> "audit entry " + p.seq() + " " + p.reason())
                .orElseGet(
                    () ->
                        found.recordProblems()
                            + " records changed outside PrivacyDesk (the first: "
                            + found.records().getFirst()
                            + ")")
            + ". To restore it all the same (recorded in its audit trail), add"
            + " --accept-unverified.");
  }
}
