package com.privacydesk.app;

import com.privacydesk.app.port.Repositories;
import java.time.Instant;
import java.util.List;

/**
 * The text of handled messages kept for review ({@code mail.keepTextDays}) goes when its days are
 * over: at every fetch and at the retention purge.
 */
public final class KeptMailText {
  private KeptMailText() {}

  /** Removes the kept text whose time is over, each message's removal audited. */
  public static void expire(Repositories r, Actor actor, Instant now) {
    List<Long> due = r.mail().keptTextDue(now);
    if (!due.isEmpty()) {
      r.mail().clearKeptText(due);
      r.audit()
          .appendAll(
              due.stream()
                  .map(id -> actor.audit(now, "MAIL_TEXT_EXPIRED", "MAIL", id, "kept text removed"))
                  .toList());
    }
  }
}
