package com.privacydesk.app.privacy;

import com.privacydesk.domain.CaseType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The record of one purge: run number, when, by whom, what (counts per type and the closure date
 * range) and the audit chain head after its audit entry, which lets anyone check later that the
 * trail still holds it ({@code verify-audit}), and the signed checkpoint taken after it commits
 * ({@code verify-audit --against} this file proves the trail still extends it).
 */
public record PurgeCertificate(
    long run,
    Instant at,
    String user,
    PurgePreview preview,
    long auditSeq,
    String auditHash,
    String checkpoint) {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

  /** The certificate as plain text (UTF-8, one fact per line). */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append("PrivacyDesk purge certificate\n");
    b.append("=============================\n");
    b.append("Purge run:           ").append(run).append('\n');
    b.append("Purged at:           ").append(AT.format(at.atZone(preview.zone()))).append('\n');
    b.append("Purged by:           ").append(user).append('\n');
    b.append("Cases purged:        ").append(preview.total()).append('\n');
    b.append("Closed between:      ")
        .append(
            preview.closedFrom() == null
                ? "(no cases)"
                : AT.format(preview.closedFrom().atZone(preview.zone()))
                    + " and "
                    + AT.format(preview.closedTo().atZone(preview.zone())))
        .append('\n');
    b.append('\n');
    b.append(
        String.format(
            Locale.ROOT, "%-22s %8s %10s  %s%n", "Type", "Cases", "Retention", "Closed before"));
    for (CaseType type : CaseType.values()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-22s %8d %7d mo  %s%n",
              type.name(),
              preview.counts().get(type),
              preview.policy().monthsFor(type),
              AT.format(preview.cutoffs().get(type).atZone(preview.zone()))));
    }
    b.append('\n');
    b.append("Removed: contact details, account references, opt-out addresses (kept as SHA-256\n");
    b.append("hashes for suppression), attorney and determination names, breach circumstances,\n");
    b.append("notes, letters' text and addresses. Kept for reports: type, channel, dates,\n");
    b.append("status, outcome, deadlines, checklist dates, closure history, letters' hashes.\n");
    b.append('\n');
    b.append("Audit entry:         #").append(auditSeq).append(" (PURGE)\n");
    b.append("Audit chain head:    ").append(auditHash).append('\n');
    b.append("Audit checkpoint:    ").append(checkpoint).append('\n');
    return b.toString();
  }

  /** The certificate's file name: {@code purge-<run>-<yyyyMMdd>.txt}. */
  public String fileName() {
    return "purge-"
        + run
        + "-"
        + DateTimeFormatter.BASIC_ISO_DATE.format(at.atZone(preview.zone()).toLocalDate())
        + ".txt";
  }
}
