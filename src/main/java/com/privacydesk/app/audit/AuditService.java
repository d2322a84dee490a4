package com.privacydesk.app.audit;

import com.privacydesk.app.Actor;
import com.privacydesk.app.port.AuditTrail.Head;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.audit.AuditVerifier;
import com.privacydesk.domain.audit.AuditVerifier.Problem;
import com.privacydesk.domain.audit.Checkpoint;
import com.privacydesk.domain.user.Permission;
import java.util.List;
import java.util.Optional;

/** Checks the tamper-evident audit trail. */
public final class AuditService {
  private final TransactionRunner tx;
  private final java.time.Clock clock;

  public AuditService(TransactionRunner tx, java.time.Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** Walks the whole chain on behalf of a signed-in supervisor (the window's menu action). */
  public Verification verify(Actor actor) {
    actor.require(Permission.VERIFY_AUDIT);
    return verify();
  }

  /**
   * Walks the whole chain. Needs no sign-in: it reveals counts and hashes, never entry contents, so
   * an operator or a scheduled job can run it.
   */
  public Verification verify() {
    return tx.inTransaction(
        r -> {
          AuditVerifier verifier = new AuditVerifier(r.audit().key());
          RecordCheck records = new RecordCheck(r.seals().entities(), r.audit().key());
          r.audit()
              .forEachInOrder(
                  (seq, entry, prev, hash) -> {
                    verifier.accept(seq, entry, prev, hash);
                    records.see(seq, entry);
                  });
          Head head = r.audit().head();
          Optional<Problem> problem = verifier.finish(head.lastSeq(), head.lastHash());
          records.run(r.seals());
          boolean intact = problem.isEmpty() && records.problemCount() == 0;
          // an intact chain is anchored: the witness file (when set) gets a signed checkpoint
          Optional<Checkpoint> checkpoint =
              intact
                  ? Optional.of(r.audit().checkpoint(clock.instant(), "verify-audit"))
                  : Optional.empty();
          return new Verification(
              verifier.count(),
              head.lastHash(),
              problem,
              records.problems(),
              records.problemCount(),
              records.checked(),
              checkpoint,
              r.audit().witnessTable());
        });
  }

  /**
   * Checks that the chain still extends each of {@code checkpoints} (taken from reports, purge
   * certificates or the witness file): signed with this installation's key, and entry {@code
   * entries} still has hash {@code head}. A chain cut short, rewritten or put back to an older copy
   * of the file fails the checkpoints taken after the point it was changed.
   */
  public List<CheckpointCheck> against(List<Checkpoint> checkpoints) {
    return tx.inTransaction(
        r -> {
          var key = r.audit().key();
          Head head = r.audit().head();
          List<CheckpointCheck> out = new java.util.ArrayList<>();
          for (Checkpoint c : checkpoints) {
            String when = "the checkpoint of " + c.at() + " (entry " + c.entries() + ")";
            if (!c.installation().equals(key.installation())) {
              out.add(
                  new CheckpointCheck(
                      c, false, when + " is another installation's (" + c.installation() + ")"));
            } else if (!key.signed(c)) {
              out.add(
                  new CheckpointCheck(
                      c, false, when + ": its signature is not this installation's (forged)"));
            } else if (c.entries() > head.lastSeq()) {
              out.add(
                  new CheckpointCheck(
                      c,
                      false,
                      when
                          + ": the chain was cut short or put back, it now ends at entry "
                          + head.lastSeq()));
            } else if (c.entries() > 0
                && !r.audit().storedHash(c.entries()).orElse("").equals(c.head())) {
              out.add(
                  new CheckpointCheck(
                      c,
                      false,
                      when + ": that entry now has another hash (the chain was rewritten)"));
            } else {
              out.add(new CheckpointCheck(c, true, when + ": the chain still extends it"));
            }
          }
          return List.copyOf(out);
        });
  }

  /** One checkpoint checked against the chain. */
  public record CheckpointCheck(Checkpoint checkpoint, boolean holds, String text) {}

  /**
   * The outcome of a walk.
   *
   * @param entries entries read
   * @param headHash the stored head hash
   * @param problem the first break of the chain, if any
   * @param records the first records changed, added or deleted outside PrivacyDesk, in words
   * @param recordProblems how many records were found so
   * @param recordsChecked how many sealed records were checked
   * @param checkpoint a signed checkpoint of the chain as verified (only when intact)
   * @param witnessTable team mode's witness table as the application's account finds it
   */
  public record Verification(
      long entries,
      String headHash,
      Optional<Problem> problem,
      List<String> records,
      long recordProblems,
      long recordsChecked,
      Optional<Checkpoint> checkpoint,
      com.privacydesk.app.port.AuditTrail.WitnessTable.State witnessTable) {
    public Verification {
      records = List.copyOf(records);
    }

    /** Whether the chain and every record are intact. */
    public boolean intact() {
      return problem.isEmpty() && recordProblems == 0;
    }
  }
}
