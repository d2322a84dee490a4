package com.privacydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.Security;
import com.privacydesk.domain.user.Role;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mail import|list|fetch}: the public command line of the incoming mail (names, output, JSON
 * keys, exit codes). Fetching from a real server is MailIntakeTest's; here a fetch that cannot
 * reach its server says so in words and exits 1.
 */
class MailCliTest {
  @TempDir Path data;
  @TempDir Path files;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeEach
  void fixture() {
    try (Services s = TestServices.open(data)) {
      Actor admin = TestServices.admin(s);
      TestServices.user(s, admin, "ann", Role.AGENT);
      Actor lead = TestServices.user(s, admin, "lea", Role.SUPERVISOR);
      s.mail()
          .saveMailbox(
              lead,
              new MailboxSettings(
                  0,
                  "Customer care",
                  "127.0.0.1",
                  1,
                  Security.TLS,
                  "INBOX",
                  "customercare",
                  true,
                  null,
                  0,
                  Security.TLS,
                  null,
                  null,
                  true),
              "secret");
    }
  }

  private int run(String... args) {
    var io =
        new CliIo(
            new BufferedReader(new StringReader("")),
            new PrintWriter(stdout, true),
            new PrintWriter(stderr, true),
            Map.of("PRIVACYDESK_USER", "ann", "PRIVACYDESK_PASSWORD", "password-ann"));
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = data.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return PrivacyDeskCli.run(all, io, (p, u) -> {});
  }

  @Test
  void importThenListAsJsonWithoutAnyText() throws Exception {
    Path eml = files.resolve("request.eml");
    Files.writeString(
        eml,
        String.join(
            "\r\n",
            "Received: from mx by mail.example.com; Wed, 2 Dec 2026 10:15:00 -0500",
            "From: Kim Lee <kim@example.org>",
            "To: customercare@example.com",
            "Subject: Shine the Light request",
            "Message-ID: <k1@example.org>",
            "",
            "Secret body text about my account.",
            ""));
    Path junk = files.resolve("junk.eml");
    Files.write(junk, new byte[] {1, 2, 3});

    assertThat(run("mail", "import", eml.toString(), junk.toString())).isEqualTo(1);
    assertThat(stdout.toString()).contains("imported 1, skipped 0 (already in the list)");
    assertThat(stderr.toString()).contains(junk + " was not imported: it is not an email message");
    assertThat(run("mail", "import", eml.toString())).isZero();
    assertThat(stdout.toString()).contains("imported 0, skipped 1");

    stdout.getBuffer().setLength(0);
    assertThat(run("mail", "list", "--json")).isZero();
    JsonNode list = new ObjectMapper().readTree(stdout.toString());
    assertThat(list).hasSize(1);
    JsonNode m = list.get(0);
    assertThat(List.of(m.fieldNames().next())).containsExactly("id");
    List<String> keys = new java.util.ArrayList<>();
    m.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "mailbox",
            "messageId",
            "receivedAt",
            "receivedSource",
            "dateHeader",
            "from",
            "to",
            "subject",
            "suggestedType",
            "suggestedBy",
            "designated",
            "sizeBytes",
            "attachments",
            "problem",
            "sha256");
    assertThat(m.get("from").asText()).isEqualTo("kim@example.org");
    assertThat(m.get("receivedAt").asText()).isEqualTo("2026-12-02T15:15:00Z");
    assertThat(m.get("receivedSource").asText()).isEqualTo("RECEIVED_HEADER");
    assertThat(m.get("suggestedType").asText()).isEqualTo("CA_DISCLOSURE");
    assertThat(m.get("designated").asBoolean()).isTrue();
    assertThat(stdout.toString()).doesNotContain("Secret body");

    stdout.getBuffer().setLength(0);
    assertThat(run("mail", "list")).isZero();
    assertThat(stdout.toString())
        .contains("kim@example.org  Shine the Light request  [CA_DISCLOSURE]")
        .doesNotContain("Secret body");
  }

  @Test
  void aFetchThatCannotReachItsServerSaysSoAndExitsOne() {
    assertThat(run("mail", "fetch")).isEqualTo(1);
    assertThat(stdout.toString()).contains("fetched 0, new 0, skipped 0");
    assertThat(stderr.toString())
        .contains("mailbox “Customer care”: The mail server 127.0.0.1:1 does not answer");
    assertThat(run("mail", "fetch", "--mailbox", "Nowhere")).isEqualTo(1);
    assertThat(stderr.toString()).contains("There is no mailbox named “Nowhere”.");
    assertThat(run("mail", "fetch", "--bogus")).isEqualTo(2);
  }
}
