package com.privacydesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.HandClock;
import com.privacydesk.LogFiles;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseFilter;
import com.privacydesk.app.port.CaseSort;
import com.privacydesk.app.reports.ReportModel;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.PersonalData;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.cpniapproval.CpniApprovalWithdrawalSpec;
import com.privacydesk.domain.types.dnc.TelemarketingDncSpec;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Outcome;
import com.privacydesk.report.PaperSize;
import com.privacydesk.report.ReportExporter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two request types built on the registry keep their personal data (telephone numbers, account
 * references, reply addresses) out of every view and export that is not the audited reveal: the
 * case window's facts, the queue and its CSV export, the audit trail, the monthly and yearly CPNI
 * reports in every format, the purge certificate and the log file. Their masking comes from the
 * facts' classification in each spec, so a personal fact nobody wrote a rule for stays masked.
 */
class NewTypesPersonalDataTest {
  private static final String NUMBER_TYPED = "(415) 555-0199";
  private static final String NUMBER = "+14155550199";
  private static final String DNC_ACCOUNT = "ACCT-DNC-7781";
  private static final String DNC_CONTACT = "dnc.person@private-mail.test";
  private static final String CPNI_ACCOUNT = "ACCT-CPNI-9902";
  private static final String CPNI_CONTACT = "cpni.person@private-mail.test";

  /** What must never appear: the values typed, and the parts a careless mask would leave. */
  private static final List<String> SECRETS =
      List.of(
          NUMBER,
          // fragments long enough not to turn up by chance in a hash or an installation id
          "4155550199",
          "5550199",
          "555-0199",
          DNC_ACCOUNT,
          "DNC-7781",
          "dnc.person",
          CPNI_ACCOUNT,
          "CPNI-9902",
          "cpni.person");

  @TempDir Path dir;
  private final HandClock clock = new HandClock();
  private Services s;
  private Actor admin;
  private long dnc;
  private long cpni;

  @BeforeEach
  void open() {
    s = TestServices.open(dir.resolve("data"), clock);
    admin = TestServices.admin(s);
    dnc =
        s.intake()
            .logTyped(
                admin,
                new TypedIntake(
                    CaseType.TELEMARKETING_DNC,
                    common("2026-11-02", DNC_ACCOUNT, DNC_CONTACT),
                    Map.of(
                        TelemarketingDncSpec.NUMBERS,
                        NUMBER_TYPED,
                        TelemarketingDncSpec.SCOPE,
                        "ALL_MARKETING_CONTACT")));
    cpni =
        s.intake()
            .logTyped(
                admin,
                new TypedIntake(
                    CaseType.CPNI_APPROVAL_WITHDRAWAL,
                    common("2026-11-03", CPNI_ACCOUNT, CPNI_CONTACT),
                    Map.of(CpniApprovalWithdrawalSpec.APPROVAL, "OPT_IN_APPROVAL")));
  }

  @AfterEach
  void close() {
    s.close();
  }

  private static CommonIntake common(String received, String account, String contact) {
    return new CommonIntake(
        Channel.PHONE,
        LocalDateTime.parse(received + "T10:00"),
        RequesterKind.SELF,
        account,
        contact);
  }

  private static void assertClean(String where, String text) {
    for (String secret : SECRETS) {
      assertThat(text).as("%s shows %s", where, secret).doesNotContain(secret);
    }
  }

  @Test
  void theCaseWindowMasksEveryPersonalFactAndTheRevealShowsThemAudited() {
    for (long id : List.of(dnc, cpni)) {
      CaseDetail d = s.queries().detail(admin, id).detail();
      StringBuilder shown = new StringBuilder();
      for (CaseDetail.Fact f : d.facts()) {
        shown.append(f.field()).append('=').append(f.value()).append('\n');
      }
      assertClean("case #" + id, shown.toString());
      assertThat(shown.toString()).contains(PersonalData.DOTS);
    }
    // the facts that are not personal stay readable
    assertThat(s.queries().detail(admin, dnc).detail().facts())
        .anyMatch(f -> f.field().equals("dncScope") && f.value().equals("ALL_MARKETING_CONTACT"));
    assertThat(s.queries().detail(admin, cpni).detail().facts())
        .anyMatch(f -> f.field().equals("cpniApproval") && f.value().equals("OPT_IN_APPROVAL"));

    assertThat(s.queries().reveal(admin, dnc, "customer on the line"))
        .containsEntry("telephoneNumbers", NUMBER)
        .containsEntry("accountRef", DNC_ACCOUNT)
        .containsEntry("replyContact", DNC_CONTACT);
    assertThat(s.queries().reveal(admin, cpni, "customer on the line"))
        .containsEntry("accountRef", CPNI_ACCOUNT)
        .containsEntry("replyContact", CPNI_CONTACT);
    assertAuditClean();
  }

  @Test
  void theQueueAndItsCsvExportShowNoPersonalData() throws Exception {
    var page = s.queries().page(admin, CaseFilter.ALL, CaseSort.DUE, 0, 50);
    assertThat(page.rows()).extracting(r -> r.id()).containsExactlyInAnyOrder(dnc, cpni);
    assertClean("queue rows", page.rows().toString());

    StringWriter csv = new StringWriter();
    long rows = s.bulk().exportCsv(admin, CaseFilter.ALL, CaseSort.DUE, csv, (d, t) -> true);
    assertThat(rows).isEqualTo(2);
    assertThat(csv.toString()).contains("TELEMARKETING_DNC").contains("CPNI_APPROVAL_WITHDRAWAL");
    assertClean("queue CSV", csv.toString());
  }

  @Test
  void reportsInEveryFormatAndThePurgeCertificateShowNoPersonalData() throws Exception {
    for (long id : List.of(dnc, cpni)) {
      s.workflow().perform(admin, id, version(id), CaseAction.START_WORK, null);
      s.workflow().perform(admin, id, version(id), CaseAction.CLOSE, Outcome.WITHDRAWN);
    }
    ReportExporter exporter = new ReportExporter(s.reports());
    List<ReportModel> models =
        List.of(
            s.reports().monthly(admin, YearMonth.of(2026, 11)), s.reports().cpniYear(admin, 2026));
    for (ReportModel model : models) {
      assertClean(model.fileStem() + " model", modelText(model));
      Path folder = Files.createDirectories(dir.resolve(model.fileStem()));
      for (var file :
          exporter.exportPack(
              admin, model, folder, PaperSize.LETTER, ReportExporter.Progress.NONE)) {
        assertClean(
            file.file().getFileName().toString(),
            com.privacydesk.ReportFiles.readable(file.file(), file.format()));
      }
    }

    clock.advance(Duration.ofDays(61 * 31));
    var certificate = s.purges().apply(admin);
    assertThat(certificate.preview().counts())
        .containsEntry(CaseType.TELEMARKETING_DNC, 1L)
        .containsEntry(CaseType.CPNI_APPROVAL_WITHDRAWAL, 1L);
    assertClean("purge certificate", certificate.text());
    // purged: nothing personal is left to reveal
    assertThat(s.queries().reveal(admin, dnc, "after the purge").values())
        .noneMatch(v -> SECRETS.stream().anyMatch(v::contains));
    assertAuditClean();
    Path log = dir.resolve("data").resolve(LogFiles.FOLDER).resolve(LogFiles.FILE);
    assertThat(log).exists();
    assertClean("log file", Files.readString(log, StandardCharsets.UTF_8));
  }

  private void assertAuditClean() {
    StringBuilder audit = new StringBuilder();
    for (TestServices.AuditRow r : TestServices.auditRows(s)) {
      audit.append(r.action()).append(' ').append(r.detail()).append('\n');
    }
    assertThat(audit.toString()).contains("REVEAL");
    assertClean("audit trail", audit.toString());
  }

  private int version(long id) {
    return s.queries().detail(admin, id).version();
  }

  private static String modelText(ReportModel model) {
    StringBuilder b = new StringBuilder();
    model.header().lines().forEach(l -> b.append(String.join(" ", l)).append('\n'));
    model.tables().forEach(t -> t.rows().forEach(r -> b.append(r).append('\n')));
    return b.toString();
  }
}
