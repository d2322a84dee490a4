package com.privacydesk.app.audit;

import com.privacydesk.app.Actor;
import com.privacydesk.app.port.AuditTrail.Head;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.audit.AuditVerifier;
import com.privacydesk.domain.audit.AuditVerifier.Problem;
import com.privacydesk.domain.user.Permission;
import java.util.List;
import java.util.Optional;

/** Checks the tamper-evident audit trail. */
public final class AuditService {
  private final TransactionRunner tx;

  public AuditService(TransactionRunner tx) {
    this.tx = tx;
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
          RecordCheck records = new RecordCheck(r.seals().entities(), r.audit().key().baseline());
          r.audit()
              .forEachInOrder(
                  (seq, entry, prev, hash) -> {
                    verifier.accept(seq, entry, prev, hash);
                    records.see(seq, entry);
                  });
          Head head = r.audit().head();
          Optional<Problem> problem = verifier.finish(head.lastSeq(), head.lastHash());
          records.run(r.seals());
          return new Verification(
              verifier.count(),
              head.lastHash(),
              problem,
              records.problems(),
              records.problemCount(),
              records.checked());
        });
  }

  /**
   * The outcome of a walk.
   *
   * @param entries entries read
   * @param headHash the stored head hash
   * @param problem the first break of the chain, if any
   * @param records the first records changed, added or deleted outside PrivacyDesk, in words
   * @param recordProblems how many records were found so
   * @param recordsChecked how many sealed records were checked
   */
  public record Verification(
      long entries,
      String headHash,
      Optional<Problem> problem,
      List<String> records,
      long recordProblems,
      long recordsChecked) {
    public Verification {
      records = List.copyOf(records);
    }

    /** Whether the chain and every record are intact. */
    public boolean intact() {
      return problem.isEmpty() && recordProblems == 0;
    }
  }
}
