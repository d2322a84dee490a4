package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.domain.mail.MailRules;

/**
 * The mail intake's settings (supervisors change them; defaults as documented).
 *
 * @param fetchMinutes how often the window fetches while someone is signed in; 0 = only on demand
 * @param maxMessageMb the largest message downloaded; a larger one is listed by its headers only
 * @param keepTextDays how many days a handled message's text stays for review (0 = it goes at once)
 * @param rules the keyword table suggesting a request type
 */
public record MailSettings(int fetchMinutes, int maxMessageMb, int keepTextDays, MailRules rules) {
  public static final String FETCH_MINUTES = "mail.fetchMinutes";
  public static final String MAX_MESSAGE_MB = "mail.maxMessageMb";
  public static final String KEEP_TEXT_DAYS = "mail.keepTextDays";

  public static final int MAX_FETCH_MINUTES = 1440;
  public static final int MAX_MESSAGE_LIMIT_MB = 200;
  public static final int MAX_KEEP_DAYS = 90;

  public static final MailSettings DEFAULTS = new MailSettings(5, 25, 0, MailRules.DEFAULTS);

  public MailSettings {
    if (fetchMinutes < 0 || fetchMinutes > MAX_FETCH_MINUTES) {
      throw new IllegalArgumentException("fetchMinutes out of range");
    }
    if (maxMessageMb < 1 || maxMessageMb > MAX_MESSAGE_LIMIT_MB) {
      throw new IllegalArgumentException("maxMessageMb out of range");
    }
    if (keepTextDays < 0 || keepTextDays > MAX_KEEP_DAYS) {
      throw new IllegalArgumentException("keepTextDays out of range");
    }
  }

  /** The size limit in bytes. */
  public long maxBytes() {
    return maxMessageMb * 1024L * 1024L;
  }

  /** Reads the stored settings, falling back to the default for anything unset or out of range. */
  public static MailSettings load(SettingsRepository s) {
    MailSettings d = DEFAULTS;
    return new MailSettings(
        bounded(s, FETCH_MINUTES, 0, MAX_FETCH_MINUTES, d.fetchMinutes()),
        bounded(s, MAX_MESSAGE_MB, 1, MAX_MESSAGE_LIMIT_MB, d.maxMessageMb()),
        bounded(s, KEEP_TEXT_DAYS, 0, MAX_KEEP_DAYS, d.keepTextDays()),
        s.get(MailRules.KEY).map(MailRules::parse).orElse(d.rules()));
  }

  private static int bounded(SettingsRepository s, String key, int min, int max, int fallback) {
    try {
      int v = s.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
      return v < min || v > max ? fallback : v;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** These settings as stored key/value pairs. */
  public java.util.Map<String, String> toEntries() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(FETCH_MINUTES, Integer.toString(fetchMinutes));
    m.put(MAX_MESSAGE_MB, Integer.toString(maxMessageMb));
    m.put(KEEP_TEXT_DAYS, Integer.toString(keepTextDays));
    m.put(MailRules.KEY, rules.format());
    return m;
  }
}
