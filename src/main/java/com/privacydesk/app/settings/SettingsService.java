package com.privacydesk.app.settings;

import com.privacydesk.app.Actor;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.LockoutPolicy;
import com.privacydesk.app.RetentionPolicy;
import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.app.port.TransactionRunner;
import com.privacydesk.domain.user.Permission;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
    return store(actor, r -> CompanySettings.load(r).toEntries(), updated.toEntries());
  }

  /** How long ended cases are kept, per type. */
  public RetentionPolicy retention() {
    return tx.inTransaction(r -> RetentionPolicy.load(r.settings()));
  }

  /** The sign-in lock-out in force. */
  public LockoutPolicy lockout() {
    return tx.inTransaction(r -> LockoutPolicy.load(r.settings()));
  }

  /** Stores the retention and lock-out policies; returns how many settings changed. */
  public int update(Actor actor, RetentionPolicy retention, LockoutPolicy lockout) {
    Map<String, String> entries = new LinkedHashMap<>(retention.toEntries());
    entries.putAll(lockout.toEntries());
    return store(actor, SettingsService::policies, entries);
  }

  /** Stores the company settings and both policies in one transaction (the settings screen). */
  public int update(
      Actor actor, CompanySettings company, RetentionPolicy retention, LockoutPolicy lockout) {
    Map<String, String> entries = new LinkedHashMap<>(company.toEntries());
    entries.putAll(retention.toEntries());
    entries.putAll(lockout.toEntries());
    return store(
        actor,
        r -> {
          Map<String, String> before = new LinkedHashMap<>(CompanySettings.load(r).toEntries());
          before.putAll(policies(r));
          return before;
        },
        entries);
  }

  private static Map<String, String> policies(SettingsRepository r) {
    Map<String, String> before = new LinkedHashMap<>(RetentionPolicy.load(r).toEntries());
    before.putAll(LockoutPolicy.load(r).toEntries());
    return before;
  }

  private int store(
      Actor actor,
      Function<SettingsRepository, Map<String, String>> current,
      Map<String, String> updated) {
    actor.require(Permission.CHANGE_SETTINGS);
    return tx.inTransaction(
        actor,
        r -> {
          Map<String, String> before = current.apply(r.settings());
          int changed = 0;
          for (var e : updated.entrySet()) {
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
