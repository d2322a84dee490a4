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

  public RetentionPolicy {
    months = Map.copyOf(new EnumMap<>(months));
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
    try {
      int n = Integer.parseInt(value.trim());
      return n >= 1 && n <= 1200 ? n : DEFAULT_MONTHS;
    } catch (NumberFormatException e) {
      return DEFAULT_MONTHS;
    }
  }
}
