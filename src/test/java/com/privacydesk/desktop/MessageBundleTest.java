package com.privacydesk.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.intake.Under13Basis;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.types.DeadlineRules;
import com.privacydesk.domain.types.RequestTypeSpec;
import com.privacydesk.domain.types.RequestTypes;
import com.privacydesk.domain.user.Role;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.ChecklistItem;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.domain.workflow.TickedFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No internal code reaches a person: every enum the window or a file shows has a label in the
 * message bundle, every key the code asks for by name is there, and every action the timeline can
 * list has a name. A missing key fails the build here instead of showing up as the key itself.
 */
class MessageBundleTest {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.privacydesk.i18n.messages");

  private static List<String> missing(String prefix, Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      if (!BUNDLE.containsKey(prefix + v.name())) {
        out.add(prefix + v.name());
      }
    }
    return out;
  }

  /**
   * The queue sorts type and status by the stored code (an index serves it); the names shown must
   * then come out A–Z as well, or the sorted column would look shuffled.
   */
  @Test
  void typesAndStatusesSortedByCodeReadAToZ() {
    for (var labels :
        List.of(
            Stream.of(CaseType.values())
                .sorted(java.util.Comparator.comparing(Enum::name))
                .map(t -> BUNDLE.getString("type." + t.name()))
                .toList(),
            Stream.of(CaseStatus.values())
                .sorted(java.util.Comparator.comparing(Enum::name))
                .map(t -> BUNDLE.getString("status." + t.name()))
                .toList())) {
      assertThat(labels).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }
  }

  @Test
  void everyEnumAPersonSeesHasALabel() {
    List<String> missing = new ArrayList<>();
    missing.addAll(missing("type.", CaseType.values()));
    missing.addAll(missing("status.", CaseStatus.values()));
    missing.addAll(missing("role.", Role.values()));
    missing.addAll(missing("checklist.", ChecklistItem.values()));
    missing.addAll(missing("detail.action.", CaseAction.values()));
    missing.addAll(missing("letter.kind.", LetterKind.values()));
    missing.addAll(missing("letter.method.", LetterKind.Method.values()));
    for (Enum<?>[] values :
        List.<Enum<?>[]>of(
            Channel.values(),
            OptOutScope.values(),
            Outcome.values(),
            RequesterKind.values(),
            ResidencyBasis.values(),
            CoppaTrigger.values(),
            Under13Basis.values(),
            ParentVerification.values(),
            AuthenticationMethod.values())) {
      missing.addAll(missing("value.", values));
    }
    for (ChecklistItem item : ChecklistItem.values()) {
      for (String choice : item.choices()) {
        if (!BUNDLE.containsKey("choice." + choice)) {
          missing.add("choice." + choice);
        }
      }
    }
    for (String clock :
        List.of(
            DeadlineRules.STATUTORY,
            DeadlineRules.INTERNAL,
            DeadlineRules.ACKNOWLEDGE,
            DeadlineRules.LAW_ENFORCEMENT_NOTICE,
            DeadlineRules.EARLIEST_CUSTOMER_NOTICE)) {
      if (!BUNDLE.containsKey("due.clock." + clock)) {
        missing.add("due.clock." + clock);
      }
    }
    for (RequestTypeSpec spec : RequestTypes.all()) {
      List<String> keys = new ArrayList<>();
      Stream.concat(RequestTypes.COMMON_FACTS.stream(), spec.facts().stream())
          .forEach(f -> keys.add("field." + f.name()));
      if (spec.newMenuShortcut().isPresent()) {
        keys.add("menu.file.new." + spec.type());
        if (spec.type() != CaseType.EMAIL_OPT_OUT) { // the opt-out has a form of its own
          keys.add("intake.title." + spec.type());
          keys.add("intake.header." + spec.type());
        }
      }
      spec.intakeForm().ifPresent(f -> f.fields().forEach(i -> keys.add("field." + i.name())));
      spec.targets().forEach(t -> keys.add("settings.target." + t.key()));
      keys.stream().filter(k -> !BUNDLE.containsKey(k)).forEach(missing::add);
    }
    com.privacydesk.app.CompanySettings.otherSystemsLists().stream()
        .map(sys -> "settings." + sys.key())
        .filter(k -> !BUNDLE.containsKey(k))
        .forEach(missing::add);
    if (!BUNDLE.containsKey("value." + TickedFacts.NOT_CONFIRMED)) {
      missing.add("value." + TickedFacts.NOT_CONFIRMED);
    }
    assertThat(missing).as("labels missing from messages.properties").isEmpty();
  }

  /** Every {@code Messages.get("literal", …)} and {@code "refused.…"} code in the main code. */
  @Test
  void everyKeyTheCodeAsksForByNameIsInTheBundle() throws IOException {
    // a whole key (a prefix followed by "+ name" is covered by the enum walk above)
    Pattern literal = Pattern.compile("Messages\\.get\\(\\s*\"([A-Za-z0-9_.]+)\"\\s*[,)]");
    Pattern refusal = Pattern.compile("Refusal\\.of\\(\\s*\"([A-Za-z0-9_.]+)\"\\s*[,)]");
    Pattern fieldError =
        Pattern.compile("new FieldError\\(\\s*[A-Za-z0-9_.\"]+,\\s*\"([A-Za-z0-9_.]+)\"\\)");
    TreeSet<String> missing = new TreeSet<>();
    for (String source : sources()) {
      collect(literal.matcher(source), "", missing);
      collect(refusal.matcher(source), "refused.", missing);
      collect(fieldError.matcher(source), "error.", missing);
    }
    assertThat(missing).as("keys the code uses but messages.properties lacks").isEmpty();
  }

  /** Every action the audit trail records about a case has a name on the Timeline tab. */
  @Test
  void everyActionTheTimelineCanListHasAName() throws IOException {
    Pattern caseAction = Pattern.compile("\"([A-Z_]{3,})\",\\s*\"CASE\"");
    TreeSet<String> missing = new TreeSet<>();
    for (String source : sources()) {
      collect(caseAction.matcher(source), "audit.", missing);
    }
    assertThat(missing).as("timeline actions without a name").isEmpty();
  }

  private static void collect(Matcher m, String prefix, TreeSet<String> missing) {
    while (m.find()) {
      String key = prefix + m.group(1);
      if (!BUNDLE.containsKey(key)) {
        missing.add(key);
      }
    }
  }

  private static List<String> sources() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        out.add(Files.readString(f));
      }
    }
    return out;
  }
}
