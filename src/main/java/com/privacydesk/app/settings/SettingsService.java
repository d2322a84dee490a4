package com.privacydesk.app.settings;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The company settings: anyone may read them (they hold no personal data, and computing commands
 * need them without signing in); supervisors change them, each change audited with before and
 * after. A change never moves the dates of existing cases: those are recalculated only on request.
 */
public final class SettingsService {
  private final TransactionRunner tx;
  private final Clock clock;

  public SettingsService(TransactionRunner tx, Clock clock) {
    this.tx = tx;
    this.clock = clock;
  }

  /** The settings in force, defaults filled in. */
  public CompanySettings current() {
    return tx.inTransaction(r -> CompanySettings.load(r.settings()));
  }

  /** Stores {@code updated}; supervisors and admins only. Returns how many settings changed. */
  public int update(Actor actor, CompanySettings updated) {
    actor.require(Permission.CHANGE_SETTINGS);
    return tx.inTransaction(
        r -> {
          Map<String, String> before = CompanySettings.load(r.settings()).toEntries();
          int changed = 0;
          for (var e : updated.toEntries().entrySet()) {
            String old = before.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
              r.settings().put(e.getKey(), e.getValue());
              r.audit()
                  .append(
                      actor.audit(
                          clock.instant(),
                          "SETTING_CHANGE",
                          "SETTING",
                          null,
                          e.getKey() + ": " + flat(old) + " -> " + flat(e.getValue())));
              changed++;
            }
          }
          return changed;
        });
  }

  private static String flat(String value) {
    return value == null || value.isEmpty() ? "(none)" : value.replace("\n", " | ");
  }
}
