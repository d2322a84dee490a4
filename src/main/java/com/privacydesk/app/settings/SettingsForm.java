package com.privacydesk.app.settings;

import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.ValidationException;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.calendar.InternalTargets;
import com.privacydesk.domain.calendar.UsFederalHolidays;
import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.TextGuard;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings screen's input as typed, and its conversion to {@link CompanySettings}: every
 * problem names its field, and nothing is stored unless all are fixed.
 *
 * @param addresses one designated address per line
 * @param closures one closure day per line: {@code YYYY-MM-DD name}
 * @param reviewTypes types whose closing a supervisor approves
 * @param suppressionSystems one sending system per line (opt-outs are suppressed in each)
 * @param deletionSystems one system or vendor per line (a child's data is deleted from each)
 * @param confirmReceivedDays received dates further back than this are confirmed at intake
 * @param typeSystems other types' systems lists by settings key, one system per line
 * @param typeTargets other types' internal targets by settings key, in days
 * @param noteCorrectionMinutes how long a note's author may correct it (0: never)
 */
public record SettingsForm(
    String zone,
    Set<Channel> designatedChannels,
    String addresses,
    int caInternalDays,
    int coppaAcknowledgeDays,
    int coppaDeleteDays,
    int passwordDays,
    String closures,
    Set<CaseType> reviewTypes,
    String suppressionSystems,
    String deletionSystems,
    int confirmReceivedDays,
    Map<String, String> typeSystems,
    Map<String, Integer> typeTargets,
    int noteCorrectionMinutes) {
  public static final String ZONE = "zone";
  public static final String ADDRESSES = "addresses";
  public static final String TARGETS = "targets";
  public static final String CLOSURES = "closures";
  public static final String SYSTEMS = "systems";
  public static final String CONFIRM_RECEIVED = "confirmReceived";
  public static final String NOTE_CORRECTION = "noteCorrection";

  /** A form with every other type's systems and targets at their defaults. */
  public SettingsForm(
      String zone,
      Set<Channel> designatedChannels,
      String addresses,
      int caInternalDays,
      int coppaAcknowledgeDays,
      int coppaDeleteDays,
      int passwordDays,
      String closures,
      Set<CaseType> reviewTypes,
      String suppressionSystems,
      String deletionSystems,
      int confirmReceivedDays) {
    this(
        zone,
        designatedChannels,
        addresses,
        caInternalDays,
        coppaAcknowledgeDays,
        coppaDeleteDays,
        passwordDays,
        closures,
        reviewTypes,
        suppressionSystems,
        deletionSystems,
        confirmReceivedDays,
        typeSystemsText(CompanySettings.DEFAULTS),
        typeTargetDays(CompanySettings.DEFAULTS),
        CompanySettings.DEFAULT_NOTE_CORRECTION_MINUTES);
  }

  /** This form with other types' internal targets {@code targets} (by settings key). */
  public SettingsForm withTypeTargets(Map<String, Integer> targets) {
    return new SettingsForm(
        zone,
        designatedChannels,
        addresses,
        caInternalDays,
        coppaAcknowledgeDays,
        coppaDeleteDays,
        passwordDays,
        closures,
        reviewTypes,
        suppressionSystems,
        deletionSystems,
        confirmReceivedDays,
        typeSystems,
        Map.copyOf(targets),
        noteCorrectionMinutes);
  }

  /** This form with the notes' correction window {@code minutes}. */
  public SettingsForm withNoteCorrectionMinutes(int minutes) {
    return new SettingsForm(
        zone,
        designatedChannels,
        addresses,
        caInternalDays,
        coppaAcknowledgeDays,
        coppaDeleteDays,
        passwordDays,
        closures,
        reviewTypes,
        suppressionSystems,
        deletionSystems,
        confirmReceivedDays,
        typeSystems,
        typeTargets,
        minutes);
  }

  /** The form filled from stored settings. */
  public static SettingsForm of(CompanySettings s) {
    StringBuilder closures = new StringBuilder();
    new TreeMap<>(s.closures())
        .forEach((d, n) -> closures.append(d).append(' ').append(n).append('\n'));
    return new SettingsForm(
        s.zone().getId(),
        s.designatedChannels(),
        String.join("\n", s.designatedAddresses()),
        s.targets().caInternalCalendarDays(),
        s.targets().coppaAcknowledgeBusinessDays(),
        s.targets().coppaDeleteBusinessDays(),
        s.targets().passwordBusinessDays(),
        closures.toString().strip(),
        s.reviewTypes(),
        String.join("\n", s.suppressionSystems()),
        String.join("\n", s.deletionSystems()),
        s.confirmReceivedDays(),
        typeSystemsText(s),
        typeTargetDays(s),
        s.noteCorrectionMinutes());
  }

  private static Map<String, String> typeSystemsText(CompanySettings s) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    CompanySettings.otherSystemsLists()
        .forEach(sys -> m.put(sys.key(), String.join("\n", s.systems(sys.key()))));
    return m;
  }

  private static Map<String, Integer> typeTargetDays(CompanySettings s) {
    Map<String, Integer> m = new java.util.LinkedHashMap<>();
    CompanySettings.typeTargetSettings()
        .forEach(t -> m.put(t.key(), s.targets().days(t.key(), t.defaultDays())));
    return m;
  }

  /** The settings this form describes; throws {@link ValidationException} naming each bad field. */
  public CompanySettings toSettings() {
    List<FieldError> errors = new ArrayList<>();
    ZoneId zoneId = null;
    try {
      zoneId = ZoneId.of(zone == null ? "" : zone.strip());
    } catch (DateTimeException e) {
      errors.add(new FieldError(ZONE, "settings.zone"));
    }
    List<String> addressList = new ArrayList<>();
    for (String line : lines(addresses)) {
      if (!EmailAddress.isValid(line)) {
        errors.add(new FieldError(ADDRESSES, "settings.address"));
        break;
      }
      addressList.add(line);
    }
    InternalTargets targets = null;
    try {
      Map<String, Integer> more = new java.util.LinkedHashMap<>();
      for (var t : CompanySettings.typeTargetSettings()) {
        int days = typeTargets.getOrDefault(t.key(), t.defaultDays());
        if (!t.accepts(days)) {
          throw new IllegalArgumentException("target " + t.key() + " out of range");
        }
        more.put(t.key(), days);
      }
      targets =
          new InternalTargets(
              caInternalDays, coppaAcknowledgeDays, coppaDeleteDays, passwordDays, more);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(TARGETS, "settings.targets"));
    }
    if (targets != null
        && targets.caInternalCalendarDays()
            > com.privacydesk.domain.types.cadisclosure.CaDisclosureSpec.OTHER_DAYS) {
      // an internal target is there to finish before the law's date, never after it
      errors.add(new FieldError(TARGETS, "settings.target.afterStatutory"));
    }
    Map<LocalDate, String> closureMap = new TreeMap<>();
    for (String line : lines(closures)) {
      int space = line.indexOf(' ');
      String datePart = space < 0 ? line : line.substring(0, space);
      String name = space < 0 ? "" : line.substring(space + 1).strip();
      try {
        LocalDate date = LocalDate.parse(datePart);
        if (date.getYear() < UsFederalHolidays.FIRST_YEAR
            || date.getYear() > UsFederalHolidays.LAST_YEAR
            || name.isEmpty()
            || name.length() > 80
            || TextGuard.hasControlCharacters(name)
            || name.contains("=")) {
          throw new DateTimeException("bad closure line");
        }
        closureMap.put(date, name);
      } catch (DateTimeException e) {
        errors.add(new FieldError(CLOSURES, "settings.closure"));
        break;
      }
    }
    List<String> suppression = systems(suppressionSystems, errors);
    List<String> deletion = systems(deletionSystems, errors);
    Map<String, List<String>> others = new java.util.LinkedHashMap<>();
    for (var sys : CompanySettings.otherSystemsLists()) {
      others.put(sys.key(), systems(typeSystems.getOrDefault(sys.key(), ""), errors));
    }
    if (confirmReceivedDays < CompanySettings.MIN_CONFIRM_RECEIVED_DAYS
        || confirmReceivedDays > CompanySettings.MAX_CONFIRM_RECEIVED_DAYS) {
      errors.add(new FieldError(CONFIRM_RECEIVED, "settings.confirmReceived"));
    }
    if (noteCorrectionMinutes < 0
        || noteCorrectionMinutes > CompanySettings.MAX_NOTE_CORRECTION_MINUTES) {
      errors.add(new FieldError(NOTE_CORRECTION, "settings.noteCorrection"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new CompanySettings(
        zoneId,
        designatedChannels,
        addressList,
        targets,
        closureMap,
        reviewTypes,
        suppression,
        deletion,
        confirmReceivedDays,
        others,
        noteCorrectionMinutes);
  }

  /** One system name per line: 1–60 characters, no ':' (it separates item and system in keys). */
  private static List<String> systems(String text, List<FieldError> errors) {
    List<String> names = lines(text).stream().distinct().toList();
    for (String name : names) {
      if (name.length() > 60 || name.contains(":") || TextGuard.hasControlCharacters(name)) {
        if (errors.stream().noneMatch(e -> e.field().equals(SYSTEMS))) {
          errors.add(new FieldError(SYSTEMS, "settings.system"));
        }
        break;
      }
    }
    return names;
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
