package com.privacydesk.app;

import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.domain.workflow.Refusal;

/** A step the rules do not allow now (message {@code refused.<code>}); nothing was changed. */
public final class RefusedException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  public RefusedException(Refusal refusal) {
    super("Refused: " + refusal.code());
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }

  @Override
  public String messageKey() {
    return "refused." + refusal.code();
  }

  @Override
  public Object[] messageArgs() {
    return refusal.args().toArray();
  }
}
