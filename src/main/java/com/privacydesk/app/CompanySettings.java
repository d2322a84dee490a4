package com.privacydesk.app;

import com.privacydesk.app.port.SettingsRepository;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.BusinessCalendar;
import com.privacydesk.domain.calendar.InternalTargets;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.RequestTypeSpec.Systems;
import com.privacydesk.domain.types.RequestTypeSpec.Target;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.types.coppa.ChildDeletionSpec;
import com.privacydesk.domain.types.optout.OptOutSpec;
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
 * @param reviewTypes types whose completions and rejections a supervisor must approve
 * @param suppressionSystems the sending systems every opt-out is suppressed in (each ticked)
 * @param deletionSystems the systems and vendors a child's data is deleted from (each ticked)
 * @param confirmReceivedDays a received date more than this many days back is logged only after the
 *     agent confirms it (a mistyped year is the usual cause)
 * @param typeSystems the systems lists other types declare in their specs, by settings key
 * @param noteCorrectionMinutes how long after writing a note its author may correct it (0: never);
 *     the earlier text is kept
 */
public record CompanySettings(
    ZoneId zone,
    Set<Channel> designatedChannels,
    List<String> designatedAddresses,
    InternalTargets targets,
    Map<LocalDate, String> closures,
    Set<CaseType> reviewTypes,
    List<String> suppressionSystems,
    List<String> deletionSystems,
    int confirmReceivedDays,
    Map<String, List<String>> typeSystems,
    int noteCorrectionMinutes) {
  /** The longest correction window a note may have: a day. */
  public static final int MAX_NOTE_CORRECTION_MINUTES = 1440;

  /** The default correction window: half an hour, long enough to fix a typo seen on rereading. */
  public static final int DEFAULT_NOTE_CORRECTION_MINUTES = 30;

  /** The fewest and most days a received date may lie back before the agent is asked. */
  public static final int MIN_CONFIRM_RECEIVED_DAYS = 1;

  public static final int MAX_CONFIRM_RECEIVED_DAYS = 3650;
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");
  public static final CompanySettings DEFAULTS =
      new CompanySettings(
          DEFAULT_ZONE,
          EnumSet.of(Channel.DESIGNATED_EMAIL),
          List.of("customercare@example.com"),
          defaultTargets(),
          Map.of(),
          EnumSet.of(CaseType.CA_DISCLOSURE, CaseType.CHILD_DATA_DELETION),
          systemsDefaults(OptOutSpec.SYSTEMS_KEY),
          systemsDefaults(ChildDeletionSpec.SYSTEMS_KEY),
          90,
          otherSystemsDefaults(),
          DEFAULT_NOTE_CORRECTION_MINUTES);

  static final String ZONE = "company.zone";
  static final String DESIGNATED_CHANNELS = "designated.channels";
  static final String DESIGNATED_ADDRESSES = "designated.addresses";
  static final String CA_INTERNAL = "target.ca.internal.calendarDays";
  static final String COPPA_ACK = "target.coppa.acknowledge.businessDays";
  static final String COPPA_DELETE = "target.coppa.delete.businessDays";
  static final String PASSWORD = "target.password.businessDays";
  static final String CLOSURES = "calendar.closures";
  static final String REVIEW_TYPES = "workflow.review.types";
  static final String SUPPRESSION_SYSTEMS = OptOutSpec.SYSTEMS_KEY;
  static final String DELETION_SYSTEMS = ChildDeletionSpec.SYSTEMS_KEY;
  static final String CONFIRM_RECEIVED = "intake.confirmReceived.olderThanDays";
  static final String NOTE_CORRECTION = "notes.correction.minutes";

  public CompanySettings {
    designatedChannels =
        designatedChannels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(designatedChannels));
    designatedAddresses = List.copyOf(designatedAddresses);
    closures = Map.copyOf(closures);
    reviewTypes = reviewTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reviewTypes));
    suppressionSystems = List.copyOf(suppressionSystems);
    deletionSystems = List.copyOf(deletionSystems);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    typeSystems.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    typeSystems = java.util.Collections.unmodifiableMap(copy);
    if (confirmReceivedDays < MIN_CONFIRM_RECEIVED_DAYS
        || confirmReceivedDays > MAX_CONFIRM_RECEIVED_DAYS) {
      throw new IllegalArgumentException("confirmReceivedDays out of range");
    }
    if (noteCorrectionMinutes < 0 || noteCorrectionMinutes > MAX_NOTE_CORRECTION_MINUTES) {
      throw new IllegalArgumentException("noteCorrectionMinutes out of range");
    }
  }

  /** These settings with {@code newClosures} instead of the current closure days. */
  public CompanySettings withClosures(Map<LocalDate, String> newClosures) {
    return new CompanySettings(
        zone,
        designatedChannels,
        designatedAddresses,
        targets,
        newClosures,
        reviewTypes,
        suppressionSystems,
        deletionSystems,
        confirmReceivedDays,
        typeSystems,
        noteCorrectionMinutes);
  }

  /** The systems a case of {@code type} is worked in, one checklist line each (its spec says). */
  public List<String> systemsFor(CaseType type) {
    return RequestTypes.of(type).systems().map(sys -> systems(sys.key())).orElse(List.of());
  }

  /** The systems list stored under {@code key}. */
  public List<String> systems(String key) {
    if (key.equals(SUPPRESSION_SYSTEMS)) {
      return suppressionSystems;
    }
    if (key.equals(DELETION_SYSTEMS)) {
      return deletionSystems;
    }
    return typeSystems.getOrDefault(key, systemsDefaults(key));
  }

  /** The systems lists of types other than the opt-out and the COPPA deletion. */
  public static List<Systems> otherSystemsLists() {
    return RequestTypes.all().stream()
        .flatMap(spec -> spec.systems().stream())
        .filter(
            sys -> !sys.key().equals(SUPPRESSION_SYSTEMS) && !sys.key().equals(DELETION_SYSTEMS))
        .toList();
  }

  /** The internal targets types declare in their specs, beyond the first four. */
  public static List<Target> typeTargetSettings() {
    return RequestTypes.all().stream().flatMap(spec -> spec.targets().stream()).toList();
  }

  /** The documented targets, every type's own at its spec's default. */
  private static InternalTargets defaultTargets() {
    InternalTargets d = InternalTargets.DEFAULTS;
    Map<String, Integer> more = new LinkedHashMap<>();
    typeTargetSettings().forEach(t -> more.put(t.key(), t.defaultDays()));
    return new InternalTargets(
        d.caInternalCalendarDays(),
        d.coppaAcknowledgeBusinessDays(),
        d.coppaDeleteBusinessDays(),
        d.passwordBusinessDays(),
        more);
  }

  private static List<String> systemsDefaults(String key) {
    return RequestTypes.all().stream()
        .flatMap(spec -> spec.systems().stream())
        .filter(sys -> sys.key().equals(key))
        .findFirst()
        .map(Systems::defaults)
        .orElse(List.of());
  }

  private static Map<String, List<String>> otherSystemsDefaults() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    otherSystemsLists().forEach(sys -> m.put(sys.key(), sys.defaults()));
    return m;
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
              intOr(settings, PASSWORD, d.targets().passwordBusinessDays()),
              typeTargets(settings));
    } catch (IllegalArgumentException e) {
      targets = d.targets();
    }
    Map<LocalDate, String> closures =
        settings.get(CLOSURES).map(CompanySettings::closures).orElse(d.closures());
    Set<CaseType> review =
        settings.get(REVIEW_TYPES).map(CompanySettings::types).orElse(d.reviewTypes());
    return new CompanySettings(
        zone == null ? d.zone() : zone,
        channels == null ? d.designatedChannels() : channels,
        addresses == null ? d.designatedAddresses() : addresses,
        targets,
        closures,
        review,
        settings
            .get(SUPPRESSION_SYSTEMS)
            .map(CompanySettings::lines)
            .orElse(d.suppressionSystems()),
        settings.get(DELETION_SYSTEMS).map(CompanySettings::lines).orElse(d.deletionSystems()),
        confirmReceived(intOr(settings, CONFIRM_RECEIVED, d.confirmReceivedDays())),
        typeSystems(settings),
        noteCorrection(intOr(settings, NOTE_CORRECTION, d.noteCorrectionMinutes())));
  }

  private static Map<String, List<String>> typeSystems(SettingsRepository settings) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (Systems sys : otherSystemsLists()) {
      m.put(sys.key(), settings.get(sys.key()).map(CompanySettings::lines).orElse(sys.defaults()));
    }
    return m;
  }

  private static Map<String, Integer> typeTargets(SettingsRepository settings) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Target t : typeTargetSettings()) {
      int days = intOr(settings, t.key(), t.defaultDays());
      m.put(t.key(), t.accepts(days) ? days : t.defaultDays());
    }
    return m;
  }

  private static int confirmReceived(int days) {
    return days < MIN_CONFIRM_RECEIVED_DAYS || days > MAX_CONFIRM_RECEIVED_DAYS
        ? DEFAULTS.confirmReceivedDays()
        : days;
  }

  private static int noteCorrection(int minutes) {
    return minutes < 0 || minutes > MAX_NOTE_CORRECTION_MINUTES
        ? DEFAULT_NOTE_CORRECTION_MINUTES
        : minutes;
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
    m.put(
        REVIEW_TYPES,
        reviewTypes.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    m.put(SUPPRESSION_SYSTEMS, String.join("\n", suppressionSystems));
    m.put(DELETION_SYSTEMS, String.join("\n", deletionSystems));
    m.put(CONFIRM_RECEIVED, Integer.toString(confirmReceivedDays));
    m.put(NOTE_CORRECTION, Integer.toString(noteCorrectionMinutes));
    for (Systems sys : otherSystemsLists()) {
      m.put(sys.key(), String.join("\n", systems(sys.key())));
    }
    for (Target t : typeTargetSettings()) {
      m.put(t.key(), Integer.toString(targets.days(t.key(), t.defaultDays())));
    }
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
    for (String name : csv.split(",", 0)) {
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

  private static Set<CaseType> types(String csv) {
    Set<CaseType> set = EnumSet.noneOf(CaseType.class);
    for (String name : csv.split(",", 0)) {
      try {
        if (!name.isBlank()) {
          set.add(CaseType.valueOf(name.strip()));
        }
      } catch (IllegalArgumentException e) {
        // an unknown type name from an older version is ignored
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
