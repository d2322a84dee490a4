package com.privacydesk.app.cases;

import com.privacydesk.domain.workflow.DuplicateRules;
import java.util.List;

/**
 * Intake found stored cases the new request may duplicate; nothing was saved. The caller shows the
 * matches and asks again with {@link Duplicates#ignore()} or {@link Duplicates#linkTo(long)}, or
 * records the repeat on the existing case instead.
 */
public final class DuplicatesFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DuplicateRules.Match> matches;

  public DuplicatesFoundException(List<DuplicateRules.Match> matches) {
    super(matches.size() + " possible duplicate(s)");
    this.matches = List.copyOf(matches);
  }

  public List<DuplicateRules.Match> matches() {
    return matches;
  }
}
