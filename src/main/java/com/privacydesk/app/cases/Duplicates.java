package com.privacydesk.app.cases;

/**
 * What intake does about possible duplicates: {@link #check()} refuses to save when there are any
 * (throwing {@link DuplicatesFoundException}); after the agent has seen them, {@link #ignore()}
 * saves anyway and {@link #linkTo(long)} saves and links the new case as a duplicate of one. {@link
 * #fromMail(long)} adds that the case is made from an incoming message: in the same transaction the
 * message is marked converted (refused if someone handled it first) and the case keeps its evidence
 * of receipt.
 */
public record Duplicates(boolean checkFirst, Long linkTo, Long mail) {
  public static Duplicates check() {
    return new Duplicates(true, null, null);
  }

  public static Duplicates ignore() {
    return new Duplicates(false, null, null);
  }

  public static Duplicates linkTo(long caseId) {
    return new Duplicates(false, caseId, null);
  }

  /** The same decision, for a case made from incoming message {@code incomingId}. */
  public Duplicates fromMail(long incomingId) {
    return new Duplicates(checkFirst, linkTo, incomingId);
  }
}
