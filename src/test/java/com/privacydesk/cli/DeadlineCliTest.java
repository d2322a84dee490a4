package com.privacydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deadline and holidays commands: a public interface for scripts. */
class DeadlineCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of());
    return PrivacyDeskCli.run(args, io, (d, u) -> {});
  }

  private List<JsonNode> jsonLines() throws IOException {
    return out.toString()
        .lines()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (IOException e) {
                throw new AssertionError(l, e);
              }
            })
        .toList();
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    assertThat(
            run(
                "deadline",
                "--type",
                "CA_DISCLOSURE",
                "--received",
                "2013-01-15",
                "--channel",
                "designated",
                "--json"))
        .isZero();
    JsonNode root = jsonLines().getFirst();
    assertThat(root.fieldNames()).toIterable().containsExactly("type", "received", "clocks");
    assertThat(root.get("type").asText()).isEqualTo("CA_DISCLOSURE");
    assertThat(root.get("received").asText()).isEqualTo("2013-01-15");
    JsonNode statutory = root.get("clocks").get(0);
    assertThat(statutory.fieldNames())
        .toIterable()
        .containsExactly("name", "due", "dayType", "days", "explanation");
    assertThat(statutory.get("name").asText()).isEqualTo("statutory");
    assertThat(statutory.get("due").asText()).isEqualTo("2013-02-14");
    assertThat(statutory.get("dayType").asText()).isEqualTo("CALENDAR");
    assertThat(statutory.get("days").asInt()).isEqualTo(30);
    assertThat(statutory.get("explanation").isArray()).isTrue();
    assertThat(root.get("clocks").get(1).get("name").asText()).isEqualTo("internal");
  }

  @Test
  void otherChannelGivesTheLongerStatutoryDeadline() throws IOException {
    run(
        "deadline",
        "--type",
        "CA_DISCLOSURE",
        "--received",
        "2013-01-15",
        "--channel",
        "other",
        "--json");
    assertThat(jsonLines().getFirst().get("clocks").get(0).get("due").asText())
        .isEqualTo("2013-06-14");
  }

  @Test
  void cpniEarliestCustomerNoticeNeedsTheNoticeDate() throws IOException {
    run("deadline", "--type", "CPNI_BREACH", "--received", "2026-11-16", "--json");
    run(
        "deadline",
        "--type",
        "CPNI_BREACH",
        "--received",
        "2026-11-16",
        "--notified",
        "2026-11-17",
        "--json");
    List<JsonNode> lines = jsonLines();
    assertThat(lines.get(0).get("clocks")).hasSize(1);
    assertThat(lines.get(1).get("clocks").get(1).get("name").asText())
        .isEqualTo("earliest_customer_notice");
    assertThat(lines.get(1).get("clocks").get(1).get("due").asText()).isEqualTo("2026-11-30");
  }

  /** The two types built on the registry, by name, alone and in a batch. */
  @Test
  void doNotCallIsStatutoryByTheRuleInForceAndCpniApprovalIsInternal() throws IOException {
    assertThat(run("deadline", "--type", "TELEMARKETING_DNC", "--received", "2025-04-10", "--json"))
        .isZero();
    assertThat(run("deadline", "--type", "TELEMARKETING_DNC", "--received", "2025-04-11", "--json"))
        .isZero();
    assertThat(
            run(
                "deadline",
                "--type",
                "CPNI_APPROVAL_WITHDRAWAL",
                "--received",
                "2026-11-20",
                "--json"))
        .isZero();
    Path csv = dir.resolve("types.csv");
    Files.writeString(csv, "TELEMARKETING_DNC,2025-04-11,\nCPNI_APPROVAL_WITHDRAWAL,2026-11-20,\n");
    assertThat(run("deadline", "--batch", csv.toString(), "--json")).isZero();
    List<JsonNode> lines = jsonLines();
    assertThat(lines).hasSize(5);
    JsonNode before = lines.get(0).get("clocks").get(0);
    assertThat(before.get("name").asText()).isEqualTo("statutory");
    assertThat(before.get("dayType").asText()).isEqualTo("CALENDAR");
    assertThat(before.get("due").asText()).isEqualTo("2025-05-10");
    JsonNode from = lines.get(1).get("clocks").get(0);
    assertThat(from.get("name").asText()).isEqualTo("statutory");
    assertThat(from.get("dayType").asText()).isEqualTo("BUSINESS");
    assertThat(from.get("due").asText()).isEqualTo("2025-04-25");
    assertThat(from.get("explanation").toString()).contains("FCC 24-24");
    JsonNode cpni = lines.get(2).get("clocks").get(0);
    assertThat(cpni.get("name").asText()).isEqualTo("internal");
    assertThat(cpni.get("due").asText()).isEqualTo("2026-11-23");
    assertThat(lines.get(3).get("type").asText()).isEqualTo("TELEMARKETING_DNC");
    assertThat(lines.get(3).get("clocks").get(0).get("due").asText()).isEqualTo("2025-04-25");
    assertThat(lines.get(4).get("clocks").get(0).get("name").asText()).isEqualTo("internal");
  }

  @Test
  void batchPrintsOneObjectPerLineInOrderAndReportsBadLines() throws IOException {
    Path csv = dir.resolve("in.csv");
    Files.writeString(
        csv,
        "EMAIL_OPT_OUT,2012-12-20,\nNOT_A_TYPE,2012-12-20,\nCA_DISCLOSURE,2013-01-15,other\nEMAIL_OPT_OUT,2013-02-30\n");
    assertThat(run("deadline", "--batch", csv.toString(), "--json")).isZero();
    List<JsonNode> lines = jsonLines();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("clocks").get(0).get("due").asText()).isEqualTo("2013-01-07");
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("error").asText()).contains("NOT_A_TYPE");
    assertThat(lines.get(2).get("clocks").get(0).get("due").asText()).isEqualTo("2013-06-14");
    assertThat(lines.get(3).get("line").asInt()).isEqualTo(4);
  }

  @Test
  void badDatesAreUsageErrors() {
    assertThat(run("deadline", "--type", "EMAIL_OPT_OUT", "--received", "2013-02-30")).isEqualTo(2);
    assertThat(run("deadline", "--type", "EMAIL_OPT_OUT", "--received", "1989-12-29")).isEqualTo(2);
    assertThat(
            run(
                "deadline",
                "--type",
                "EMAIL_OPT_OUT",
                "--received",
                "2013-01-02",
                "--notified",
                "2013-01-03"))
        .isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(3).allMatch(l -> l.startsWith("privacydesk: "));
  }

  @Test
  void holidaysJsonListsObservedDaysIncludingDecember31() throws IOException {
    assertThat(run("holidays", "--year", "2021", "--json")).isZero();
    JsonNode root = jsonLines().getFirst();
    assertThat(root.get("year").asInt()).isEqualTo(2021);
    assertThat(root.get("holidays")).hasSize(12);
    assertThat(root.get("holidays").get(11).get("date").asText()).isEqualTo("2021-12-31");
    assertThat(root.get("holidays").get(11).get("name").asText())
        .isEqualTo("New Year's Day (observed)");
  }

  @Test
  void dataDirSettingsApplyToComputingCommands() throws IOException {
    try (Services s = TestServices.open(dir)) {
      var admin = TestServices.admin(s);
      var settings = s.settings().current();
      s.settings()
          .update(
              admin,
              settings.withClosures(Map.of(LocalDate.of(2012, 12, 24), "Executive order closure")));
    }
    run(
        "--data-dir",
        dir.toString(),
        "deadline",
        "--type",
        "EMAIL_OPT_OUT",
        "--received",
        "2012-12-20",
        "--json");
    run("--data-dir", dir.toString(), "holidays", "--year", "2012", "--json");
    run("deadline", "--type", "EMAIL_OPT_OUT", "--received", "2012-12-20", "--json");
    List<JsonNode> lines = jsonLines();
    assertThat(lines.get(0).get("clocks").get(0).get("due").asText()).isEqualTo("2013-01-08");
    assertThat(lines.get(1).get("holidays").toString()).contains("Executive order closure");
    assertThat(lines.get(2).get("clocks").get(0).get("due").asText()).isEqualTo("2013-01-07");
  }
}
