package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import java.time.DateTimeException;
import java.time.ZoneId;

/** The product decisions of domain.md that are settings, with their documented defaults. */
public record CompanySettings(ZoneId zone) {
  public static final String ZONE_KEY = "company.zone";
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

  /** Reads the settings, falling back to the defaults for anything not set or unreadable. */
  public static CompanySettings load(SettingsRepository settings) {
    ZoneId zone =
        settings
            .get(ZONE_KEY)
            .map(
                id -> {
                  try {
                    return ZoneId.of(id);
                  } catch (DateTimeException e) {
                    return DEFAULT_ZONE;
                  }
                })
            .orElse(DEFAULT_ZONE);
    return new CompanySettings(zone);
  }
}
