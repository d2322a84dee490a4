package com.privacydesk.app.privacy;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.port.AuditTrail.Head;
import com.privacydesk.app.port.PurgeRepository;
import com.privacydesk.app.port.PurgeRepository.Candidate;
import com.privacydesk.app.port.Repositories;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.app.reports.ReportService;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.user.Permission;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retention purge (domain.md §5): ended cases whose latest closure is older than their type's
 * retention lose their personal data (contact, account reference, opt-out address, names and
 * circumstances, notes). What the reports need stays: type, channel, dates, status, outcome,
 * clocks, checklist dates and the closure history. An opt-out's address is kept as a SHA-256 hash,
 * forever. A purge is previewed, then applied in one transaction with one audit entry, and yields a
 * certificate naming the counts, the closure date range, the user and the audit chain head.
 */
public final class PurgeService {
  private static final Logger LOG = LoggerFactory.getLogger(PurgeService.class);

  private final TransactionRunner tx;
  private final Clock clock;
  private final com.privacydesk.app.port.DatabaseFile database;

  public PurgeService(
      TransactionRunner tx, Clock clock, com.privacydesk.app.port.DatabaseFile database) {
    this.tx = tx;
    this.clock = clock;
    this.database = database;
  }

  /** What a purge now would remove: counts per type and the range of closure times. */
  public PurgePreview preview(Actor actor) {
    actor.require(Permission.PURGE_DATA);
    Instant now = clock.instant();
    return tx.inTransaction(actor, r -> plan(r, now).preview());
  }

  /**
   * Purges every case due for it now (the preview's cases, recomputed in the transaction) and
   * returns the certificate.
   */
  public PurgeCertificate apply(Actor actor) {
    actor.require(Permission.PURGE_DATA);
    Instant now = clock.instant();
    PurgeCertificate done =
        tx.inTransaction(
            actor,
            r -> {
              Plan plan = plan(r, now);
              PurgePreview preview = plan.preview();
              List<Long> ids = plan.candidates().stream().map(Candidate::id).toList();
              PurgeRepository purges = r.purges();
              purges
                  .optOutAddresses(ids)
                  .forEach(
                      (caseId, email) -> purges.keepSuppressionHash(emailHash(email), caseId, now));
              purges.purge(ids, now);
              // handled messages' text kept for review goes when its days are over
              com.privacydesk.app.KeptMailText.expire(r, actor, now);
              // each case's own entry: its timeline shows the purge, and its new state is sealed
              r.audit()
                  .appendAll(
                      ids.stream()
                          .map(id -> actor.audit(now, "PERSONAL_DATA_PURGED", "CASE", id, ""))
                          .toList());
              r.audit().append(actor.audit(now, "PURGE", "PURGE", null, auditDetail(preview)));
              Head head = r.audit().head();
              long run =
                  purges.insertRun(
                      new PurgeRepository.PurgeRun(
                          now,
                          actor.userId(),
                          ids.size(),
                          preview.closedFrom(),
                          preview.closedTo(),
                          counts(preview.counts()),
                          head.lastSeq(),
                          head.lastHash()));
              LOG.info(
                  "Purge run {} by user {}: {}", run, actor.userId(), counts(preview.counts()));
              return new PurgeCertificate(
                  run, now, actor.username(), preview, head.lastSeq(), head.lastHash(), "");
            });
    // the deleted values stay in the file's free space until it is rewritten: at close
    database.wipeFreedSpace();
    // signed once the purge has committed, so the checkpoint names a chain that exists
    var checkpoint =
        tx.inTransaction(
            actor, r -> r.audit().checkpoint(clock.instant(), "purge run " + done.run()));
    return new PurgeCertificate(
        done.run(),
        done.at(),
        done.user(),
        done.preview(),
        done.auditSeq(),
        done.auditHash(),
        checkpoint.line());
  }

  /** Whether an opt-out of {@code normalizedEmail} was purged and its hash is kept. */
  public boolean suppressionHashKept(String normalizedEmail) {
    return tx.inTransaction(r -> r.purges().suppressionHashKept(emailHash(normalizedEmail)));
  }

  /** The SHA-256 (hex) of a normalised address: what is kept of a purged opt-out. */
  public static String emailHash(String normalizedEmail) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalizedEmail.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private record Plan(PurgePreview preview, List<Candidate> candidates) {}

  private static Plan plan(Repositories r, Instant now) {
    RetentionPolicy policy = RetentionPolicy.load(r.settings());
    ZoneId zone = CompanySettings.load(r.settings()).zone();
    Map<CaseType, Instant> cutoffs = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      cutoffs.put(type, ReportService.retentionCutoff(now, zone, policy.monthsFor(type)));
    }
    List<Candidate> candidates = r.purges().candidates(cutoffs);
    Map<CaseType, Long> counts = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      counts.put(type, 0L);
    }
    Instant from = null;
    Instant to = null;
    for (Candidate c : candidates) {
      counts.merge(c.type(), 1L, Long::sum);
      from = from == null || c.closedAt().isBefore(from) ? c.closedAt() : from;
      to = to == null || c.closedAt().isAfter(to) ? c.closedAt() : to;
    }
    return new Plan(new PurgePreview(now, zone, policy, cutoffs, counts, from, to), candidates);
  }

  private static String counts(Map<CaseType, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(" "));
  }

  private static String auditDetail(PurgePreview p) {
    return "cases="
        + p.total()
        + " "
        + counts(p.counts())
        + " closed="
        + (p.closedFrom() == null ? "-" : p.closedFrom() + ".." + p.closedTo());
  }
}
