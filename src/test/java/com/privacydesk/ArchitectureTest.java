package com.privacydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
@Tag("fast")
class ArchitectureTest {
  private static final String BASE = "com.privacydesk";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void domainDependsOnNothingButTheJdkAndPhoneNumberRules() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(BASE + ".domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                BASE + ".domain..",
                "java..",
                "javax.crypto..",
                "org.jspecify.annotations..",
                "com.google.i18n.phonenumbers..")
            .because(
                "the rules of domain.md must be testable and reusable without a database, a screen or a"
                    + " framework (JSpecify's nullness annotations only mark types; libphonenumber is the"
                    + " numbering plan data the do-not-call rule normalises numbers with; javax.crypto is the"
                    + " JDK's HMAC the audit seals are made with)");
    rule.check(classes);
  }

  @Test
  void appDependsOnlyOnDomainAndItself() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(BASE + ".app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                BASE + ".persistence..",
                BASE + ".desktop..",
                BASE + ".cli..",
                BASE + ".report..",
                "javafx..",
                "org.jooq..",
                "org.flywaydb..",
                "java.sql..")
            .because(
                "use cases reach storage only through ports, so H2 and PostgreSQL, the window and the CLI are interchangeable");
    rule.check(classes);
  }

  @Test
  void persistenceSeesOnlyPortsAndDomain() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(BASE + ".persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                BASE + ".desktop..", BASE + ".cli..", BASE + ".report..", "javafx..")
            .because("storage serves the application; it never knows who shows or prints the data");
    rule.check(classes);
  }

  @Test
  void onlyTheCompositionRootBuildsPersistence() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(BASE + ".persistence..")
            .should()
            .onlyBeAccessed()
            .byClassesThat(
                JavaClass.Predicates.resideInAPackage(BASE + ".persistence..")
                    .or(JavaClass.Predicates.equivalentTo(Services.class)))
            .because("one place wires the adapters; everything else sees ports");
    rule.check(classes);
  }

  @Test
  void jooqOnlyInPersistence() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage(BASE + ".persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
            .because(
                "SQL and schema knowledge stay in one layer (Flyway migrations, generated jOOQ code)");
    rule.check(classes);
  }

  @Test
  void desktopAndCliGoThroughApp() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".desktop..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".cli..", BASE + ".persistence..")
        .because("the window works through the same use cases as the CLI, never around them")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage(BASE + ".cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".desktop..", BASE + ".persistence..", "javafx..")
        .because("commands run headless in scripts and cron, with no toolkit")
        .check(classes);
  }

  @Test
  void reportUsesOnlyAppAndDomain() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".persistence..", BASE + ".desktop..", "javafx..", "org.jooq..")
        .because(
            "file formats are written from the report model, the same for the window and the CLI")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theMailAdapterServesPortsAndMailLibrariesStayInAdapters() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".mail..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".persistence..", BASE + ".desktop..", BASE + ".cli..", "javafx..", "org.jooq..")
        .because("the mail servers are reached through app ports, like the database")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages(BASE + ".mail..", BASE + ".report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..", "org.jsoup..")
        .because(
            "IMAP, SMTP and MIME are adapter concerns; use cases see ReadMessage and MailServer")
        .check(classes);
  }

  @Test
  void aCallOnAUsersBehalfChecksTheAccountInItsTransaction() {
    // UserService.signOut: a session whose account was disabled may still end; the wrappers named
    // inTransaction are where the check is made
    java.util.List<String> offenders =
        classes.stream()
            .filter(c -> c.getPackageName().startsWith(BASE + ".app"))
            .flatMap(c -> c.getMethods().stream())
            .filter(
                m ->
                    m.getRawParameterTypes().stream()
                        .anyMatch(p -> p.isEquivalentTo(com.privacydesk.app.Actor.class)))
            .filter(m -> !m.getFullName().contains("UserService.signOut("))
            .filter(m -> !m.getName().equals("inTransaction"))
            .flatMap(m -> m.getMethodCallsFromSelf().stream())
            .filter(
                call ->
                    call.getTargetOwner()
                            .isAssignableTo(com.privacydesk.app.port.TransactionRunner.class)
                        && call.getName().equals("inTransaction")
                        && call.getTarget().getRawParameterTypes().size() == 1)
            .map(call -> call.getDescription())
            .toList();
    org.assertj.core.api.Assertions.assertThat(offenders)
        .as(
            "a method that acts for a signed-in user runs its transactions with"
                + " inTransaction(actor, ...), which checks the account as stored now")
        .isEmpty();
  }

  @Test
  void viewModelsDoNotTouchTheSceneGraph() {
    ArchRule rule =
        noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "javafx.scene..",
                "javafx.stage..",
                "javafx.fxml..",
                "org.jooq..",
                BASE + ".persistence..")
            .because("view models are tested without a toolkit and never do I/O on the FX thread");
    rule.check(classes);
  }

  @Test
  void onlyUiCommonCallsRunLater() {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackage(BASE + ".desktop.ui.common..")
            .should()
            .callMethod(Platform.class, "runLater", Runnable.class)
            .because(
                "threading goes through UiTaskRunner, which the tests replace with an immediate runner");
    rule.check(classes);
  }

  @Test
  void timeComesFromTheInjectedClock() {
    ArchRule rule =
        noClasses()
            .that()
            .doNotHaveFullyQualifiedName(BASE + ".Services")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .because(
                "deadlines and audit times must be reproducible in tests (a fixed clock) and never depend on the host");
    rule.check(classes);
  }

  @Test
  void noCyclesBetweenLayersOrBetweenTheirPackages() {
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching(BASE + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("each layer can be understood, tested and replaced without the ones above it")
        .check(classes);
    com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
        .matching(BASE + ".(*).(*)..")
        .should()
        .beFreeOfCycles()
        .because("a package that needs one that needs it back is one package in two places")
        .check(classes);
  }
}
