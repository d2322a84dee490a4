package com.privacydesk.app.cases;

/**
 * What intake does about possible duplicates: {@link #check()} refuses to save when there are any
 * (throwing {@link DuplicatesFoundException}); after the agent has seen them, {@link #ignore()}
 * saves anyway and {@link #linkTo(long)} saves and links the new case as a duplicate of one.
 */
public record Duplicates(boolean checkFirst, Long linkTo) {
  public static Duplicates check() {
    return new Duplicates(true, null);
  }

  public static Duplicates ignore() {
    return new Duplicates(false, null);
  }

  public static Duplicates linkTo(long caseId) {
    return new Duplicates(false, caseId);
  }
}
