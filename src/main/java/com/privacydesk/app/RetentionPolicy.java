package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.domain.CaseType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long an ended case is kept after its closure (domain.md §5, product decision): 24 months by
 * default per type, a CPNI breach never less than 24 months (47 CFR 64.2011(d): two years).
 * Settings {@code retention.months.<TYPE>}.
 */
public record RetentionPolicy(Map<CaseType, Integer> months) {
  public static final int DEFAULT_MONTHS = 24;
  public static final int CPNI_MINIMUM_MONTHS = 24;
  static final String PREFIX = "retention.months.";

  public static final int MAX_MONTHS = 1200;

  public RetentionPolicy {
    months = Map.copyOf(new EnumMap<>(months));
    for (CaseType type : CaseType.values()) {
      Integer m = months.get(type);
      if (m == null || m < 1 || m > MAX_MONTHS) {
        throw new IllegalArgumentException("retention months of " + type + " out of range");
      }
    }
    if (months.get(CaseType.CPNI_BREACH) < CPNI_MINIMUM_MONTHS) {
      throw new IllegalArgumentException("CPNI breach records are kept at least 24 months");
    }
  }

  /** The default policy: 24 months for every type. */
  public static RetentionPolicy defaults() {
    Map<CaseType, Integer> m = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      m.put(type, DEFAULT_MONTHS);
    }
    return new RetentionPolicy(m);
  }

  /** The settings entries this policy is stored as. */
  public Map<String, String> toEntries() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (CaseType type : CaseType.values()) {
      m.put(PREFIX + type.name(), Integer.toString(months.get(type)));
    }
    return m;
  }

  /** Months after closure that {@code type} is kept. */
  public int monthsFor(CaseType type) {
    return months.get(type);
  }

  /** The stored policy, the default for anything unset or unreadable. */
  public static RetentionPolicy load(SettingsRepository settings) {
    Map<CaseType, Integer> m = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      int months =
          settings.get(PREFIX + type.name()).map(RetentionPolicy::parse).orElse(DEFAULT_MONTHS);
      if (type == CaseType.CPNI_BREACH) {
        months = Math.max(months, CPNI_MINIMUM_MONTHS);
      }
      m.put(type, months);
    }
    return new RetentionPolicy(m);
  }

  private static int parse(String value) {
    int n = LockoutPolicy.parse(value, 1, MAX_MONTHS);
    return n == 0 ? DEFAULT_MONTHS : n;
  }
}
