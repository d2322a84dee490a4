package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How failed sign-ins are slowed (product decision, a setting; the keys keep their names from the
 * versions that locked accounts): after {@code attempts} failures in a row with one name, or on one
 * workstation, each further failure is answered only after a delay that doubles from 1 second up to
 * {@code minutes}. Nothing is locked: the right password always signs in. Settings {@code
 * security.lockout.attempts} (default 5) and {@code security.lockout.minutes} (default 1).
 */
public record LockoutPolicy(int attempts, int minutes) {
  public static final LockoutPolicy DEFAULTS = new LockoutPolicy(5, 1);
  public static final int MAX_ATTEMPTS = 100;
  public static final int MAX_MINUTES = 24 * 60;
  static final String ATTEMPTS = "security.lockout.attempts";
  static final String MINUTES = "security.lockout.minutes";

  public LockoutPolicy {
    if (attempts < 1 || attempts > MAX_ATTEMPTS || minutes < 1 || minutes > MAX_MINUTES) {
      throw new IllegalArgumentException("lock-out out of range");
    }
  }

  /** The longest a failed sign-in's answer is delayed. */
  public Duration duration() {
    return Duration.ofMinutes(minutes);
  }

  /** The stored policy, the default for anything unset or unreadable. */
  public static LockoutPolicy load(SettingsRepository settings) {
    int a = settings.get(ATTEMPTS).map(v -> parse(v, 1, MAX_ATTEMPTS)).orElse(DEFAULTS.attempts);
    int m = settings.get(MINUTES).map(v -> parse(v, 1, MAX_MINUTES)).orElse(DEFAULTS.minutes);
    return new LockoutPolicy(a == 0 ? DEFAULTS.attempts : a, m == 0 ? DEFAULTS.minutes : m);
  }

  /** The settings entries this policy is stored as. */
  public Map<String, String> toEntries() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ATTEMPTS, Integer.toString(attempts));
    m.put(MINUTES, Integer.toString(minutes));
    return m;
  }

  /** The number in {@code value} if within [min, max], else 0. */
  static int parse(String value, int min, int max) {
    try {
      int n = Integer.parseInt(value.trim());
      return n >= min && n <= max ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
