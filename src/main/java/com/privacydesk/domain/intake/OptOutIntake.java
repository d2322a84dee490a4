package com.privacydesk.domain.intake;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import java.time.LocalDateTime;

/**
 * What an agent types to log an email opt-out. CAN-SPAM forbids asking for more than the address
 * and the scope, so this is all there is.
 *
 * @param receivedAt local date-time of receipt in the company time zone
 */
public record OptOutIntake(
    String email, OptOutScope scope, String categories, Channel channel, LocalDateTime receivedAt)
    implements Intake {
  @Override
  public CaseType type() {
    return CaseType.EMAIL_OPT_OUT;
  }
}
