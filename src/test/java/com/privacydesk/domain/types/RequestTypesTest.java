package com.privacydesk.domain.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.DeadlineRequest;
import com.privacydesk.domain.workflow.Outcome;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The registry: every type is one complete unit, and nothing about a type is left undeclared. */
@Tag("fast")
class RequestTypesTest {
  @Test
  void everyTypeHasASpecThatDeclaresItself() {
    for (CaseType type : CaseType.values()) {
      assertThat(RequestTypes.of(type).type()).isEqualTo(type);
    }
    assertThat(RequestTypes.all()).hasSize(CaseType.values().length);
  }

  @Test
  void everyFactIsDeclaredOnceWithAClassification() {
    for (RequestTypeSpec spec : RequestTypes.all()) {
      Set<String> names = new HashSet<>();
      Stream.concat(RequestTypes.COMMON_FACTS.stream(), spec.facts().stream())
          .forEach(
              f -> {
                assertThat(names.add(f.name()))
                    .as("%s declares fact %s once", spec.type(), f.name())
                    .isTrue();
                assertThat(f.classification()).isNotNull();
                assertThat(RequestTypes.fact(spec.type(), f.name())).contains(f);
              });
    }
  }

  @Test
  void maskingIsFailClosedForAFactNobodyDeclared() {
    for (CaseType type : CaseType.values()) {
      assertThat(RequestTypes.isPersonal(type, "somethingNew")).isTrue();
      assertThat(RequestTypes.isPersonal(type, "channel")).isFalse();
      assertThat(RequestTypes.isPersonal(type, "accountRef")).isTrue();
    }
  }

  @Test
  void everyTypeHasClocksChecklistAndOutcomesOfItsOwn() {
    DeadlineRules rules = DeadlineRules.defaults();
    LocalDate received = LocalDate.of(2026, 3, 2);
    for (RequestTypeSpec spec : RequestTypes.all()) {
      List<CaseClock> clocks = spec.clocks(DeadlineRequest.of(spec.type(), received), rules);
      assertThat(clocks).as("clocks of %s", spec.type()).isNotEmpty();
      assertThat(clocks).allMatch(c -> !c.due().isBefore(received) && !c.explanation().isEmpty());
      assertThat(spec.checklist()).isNotEmpty().allMatch(i -> i.type() == spec.type());
      assertThat(spec.outcomes()).isNotEmpty().allMatch(o -> o.appliesTo(spec.type()));
      assertThat(spec.minimumRetentionMonths()).isPositive();
    }
    // a case that ends with an outcome of one type never closes a case of another
    for (Outcome o : Outcome.values()) {
      assertThat(RequestTypes.all().stream().filter(s -> s.outcomes().contains(o))).isNotEmpty();
    }
  }

  @Test
  void everyTypeOnTheNewMenuButTheOptOutHasAFormItsSpecDeclares() {
    var common =
        new com.privacydesk.domain.intake.CommonIntake(
            com.privacydesk.domain.Channel.PHONE,
            java.time.LocalDateTime.of(2026, 3, 2, 10, 0),
            com.privacydesk.domain.intake.RequesterKind.SELF,
            null,
            null);
    for (RequestTypeSpec spec : RequestTypes.all()) {
      boolean ownForm = spec.type() == CaseType.EMAIL_OPT_OUT; // address, scope and import
      assertThat(spec.intakeForm().isPresent())
          .as("%s has a declared intake form", spec.type())
          .isEqualTo(spec.newMenuShortcut().isPresent() && !ownForm);
      spec.intakeForm()
          .ifPresent(
              form -> {
                assertThat(form.common().channels()).contains(form.common().initialChannel());
                // an empty form makes a record of the type, which its validation refuses
                var empty = form.record(common, new IntakeForm.Answers(java.util.Map.of()));
                assertThat(empty.type()).isEqualTo(spec.type());
                assertThat(form.validate(empty, java.time.LocalDateTime.of(2026, 3, 3, 9, 0)))
                    .as("errors of an empty %s form", spec.type())
                    .isNotEmpty();
              });
    }
  }

  @Test
  void newMenuShortcutsAreDistinct() {
    List<String> shortcuts =
        RequestTypes.all().stream()
            .map(RequestTypeSpec::newMenuShortcut)
            .flatMap(Optional::stream)
            .toList();
    assertThat(shortcuts).doesNotHaveDuplicates().contains("Shortcut+N");
    // a CPNI breach is opened only from the password-compromise case it escalates
    assertThat(RequestTypes.of(CaseType.CPNI_BREACH).newMenuShortcut()).isEmpty();
  }
}
