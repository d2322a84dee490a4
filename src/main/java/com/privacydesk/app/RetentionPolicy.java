package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.types.RequestTypes;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long an ended case is kept after its closure (domain.md §5, product decision): 24 months by
 * default per type, never less than the minimum the type's spec declares (a CPNI breach: 24 months,
 * 47 CFR 64.2011(d)). Settings {@code retention.months.<TYPE>}.
 */
public record RetentionPolicy(Map<CaseType, Integer> months) {
  public static final int DEFAULT_MONTHS = 24;
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
    for (CaseType type : CaseType.values()) {
      int minimum = minimumFor(type);
      if (months.get(type) < minimum) {
        throw new IllegalArgumentException(
            type + " records are kept at least " + minimum + " months");
      }
    }
  }

  /** The fewest months the law lets {@code type} be kept (its spec says). */
  public static int minimumFor(CaseType type) {
    return RequestTypes.of(type).minimumRetentionMonths();
  }

  /** The default policy: 24 months for every type, or the type's legal minimum if longer. */
  public static RetentionPolicy defaults() {
    Map<CaseType, Integer> m = new EnumMap<>(CaseType.class);
    for (CaseType type : CaseType.values()) {
      m.put(type, Math.max(DEFAULT_MONTHS, minimumFor(type)));
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
      m.put(type, Math.max(months, minimumFor(type)));
    }
    return new RetentionPolicy(m);
  }

  private static int parse(String value) {
    int n = LockoutPolicy.parse(value, 1, MAX_MONTHS);
    return n == 0 ? DEFAULT_MONTHS : n;
  }
}
