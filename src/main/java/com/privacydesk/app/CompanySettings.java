package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.calendar.DeadlineRules;
import com.privacydesk.domain.calendar.InternalTargets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The product decisions of domain.md that supervisors may change, with their documented defaults.
 *
 * @param zone the company time zone: received dates are local dates there
 * @param designatedChannels channels that count as "received at a designated address" for CA
 * @param designatedAddresses the designated addresses themselves (shown to agents)
 * @param targets the internal deadlines
 * @param closures extra closure days and company holidays (date → name)
 */
public record CompanySettings(
    ZoneId zone,
    Set<Channel> designatedChannels,
    List<String> designatedAddresses,
    InternalTargets targets,
    Map<LocalDate, String> closures) {
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");
  public static final CompanySettings DEFAULTS =
      new CompanySettings(
          DEFAULT_ZONE,
          EnumSet.of(Channel.DESIGNATED_EMAIL),
          List.of("customercare@example.com"),
          InternalTargets.DEFAULTS,
          Map.of());

  static final String ZONE = "company.zone";
  static final String DESIGNATED_CHANNELS = "designated.channels";
  static final String DESIGNATED_ADDRESSES = "designated.addresses";
  static final String CA_INTERNAL = "target.ca.internal.calendarDays";
  static final String COPPA_ACK = "target.coppa.acknowledge.businessDays";
  static final String COPPA_DELETE = "target.coppa.delete.businessDays";
  static final String PASSWORD = "target.password.businessDays";
  static final String CLOSURES = "calendar.closures";

  public CompanySettings {
    designatedChannels =
        designatedChannels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(designatedChannels));
    designatedAddresses = List.copyOf(designatedAddresses);
    closures = Map.copyOf(closures);
  }

  /** Whether a CA request that came in on {@code channel} was received at a designated address. */
  public boolean isDesignated(Channel channel) {
    return designatedChannels.contains(channel);
  }

  /** The deadline rules these settings imply. */
  public DeadlineRules rules() {
    return new DeadlineRules(BusinessCalendar.withClosures(closures), targets);
  }

  /** Reads the settings, falling back to the default for anything not set or unreadable. */
  public static CompanySettings load(SettingsRepository settings) {
    CompanySettings d = DEFAULTS;
    ZoneId zone = settings.get(ZONE).map(CompanySettings::zoneOrNull).orElse(null);
    Set<Channel> channels =
        settings.get(DESIGNATED_CHANNELS).map(CompanySettings::channels).orElse(null);
    List<String> addresses =
        settings.get(DESIGNATED_ADDRESSES).map(CompanySettings::lines).orElse(null);
    InternalTargets targets;
    try {
      targets =
          new InternalTargets(
              intOr(settings, CA_INTERNAL, d.targets().caInternalCalendarDays()),
              intOr(settings, COPPA_ACK, d.targets().coppaAcknowledgeBusinessDays()),
              intOr(settings, COPPA_DELETE, d.targets().coppaDeleteBusinessDays()),
              intOr(settings, PASSWORD, d.targets().passwordBusinessDays()));
    } catch (IllegalArgumentException e) {
      targets = d.targets();
    }
    Map<LocalDate, String> closures =
        settings.get(CLOSURES).map(CompanySettings::closures).orElse(d.closures());
    return new CompanySettings(
        zone == null ? d.zone() : zone,
        channels == null ? d.designatedChannels() : channels,
        addresses == null ? d.designatedAddresses() : addresses,
        targets,
        closures);
  }

  /** These settings as stored key/value pairs (the inverse of {@link #load}). */
  public Map<String, String> toEntries() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ZONE, zone.getId());
    m.put(
        DESIGNATED_CHANNELS,
        designatedChannels.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    m.put(DESIGNATED_ADDRESSES, String.join("\n", designatedAddresses));
    m.put(CA_INTERNAL, Integer.toString(targets.caInternalCalendarDays()));
    m.put(COPPA_ACK, Integer.toString(targets.coppaAcknowledgeBusinessDays()));
    m.put(COPPA_DELETE, Integer.toString(targets.coppaDeleteBusinessDays()));
    m.put(PASSWORD, Integer.toString(targets.passwordBusinessDays()));
    m.put(
        CLOSURES,
        new TreeMap<>(closures)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")));
    return m;
  }

  private static ZoneId zoneOrNull(String id) {
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Set<Channel> channels(String csv) {
    Set<Channel> set = EnumSet.noneOf(Channel.class);
    for (String name : csv.split(",")) {
      try {
        if (!name.isBlank()) {
          set.add(Channel.valueOf(name.strip()));
        }
      } catch (IllegalArgumentException e) {
        // an unknown channel name from an older version is ignored
      }
    }
    return set;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
    return out;
  }

  private static Map<LocalDate, String> closures(String text) {
    Map<LocalDate, String> map = new TreeMap<>();
    for (String line : lines(text)) {
      int eq = line.indexOf('=');
      try {
        LocalDate date = LocalDate.parse(eq < 0 ? line : line.substring(0, eq).strip());
        map.put(date, eq < 0 ? "Closure" : line.substring(eq + 1).strip());
      } catch (DateTimeException e) {
        // an unreadable line is skipped rather than blocking every deadline
      }
    }
    return map;
  }

  private static int intOr(SettingsRepository settings, String key, int fallback) {
    return settings
        .get(key)
        .map(
            v -> {
              try {
                return Integer.parseInt(v.strip());
              } catch (NumberFormatException e) {
                return fallback;
              }
            })
        .orElse(fallback);
  }
}
