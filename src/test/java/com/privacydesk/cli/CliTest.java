package com.privacydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<Path> windowsOpened = new ArrayList<>();

  private int run(String stdin, Map<String, String> env, String... args) {
    var io =
        new CliIo(
            new BufferedReader(new StringReader(stdin)),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            env);
    return PrivacyDeskCli.run(args, io, (d, u) -> windowsOpened.add(d));
  }

  private int run(String stdin, String... args) {
    return run(stdin, Map.of(), args);
  }

  @Test
  void versionPrintsTheVersionAndExitsZero() {
    assertThat(run("", "--version")).isZero();
    assertThat(out.toString()).startsWith("PrivacyDesk ");
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("", "--help")).isZero();
    assertThat(out.toString()).contains("--data-dir").contains("user");
  }

  @Test
  void unknownOptionIsAUsageErrorWithOneLine() {
    assertThat(run("", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("privacydesk: Unknown option");
  }

  @Test
  void noCommandOpensTheWindowOnTheChosenDataDir() {
    assertThat(run("", "--data-dir", dir.toString())).isZero();
    assertThat(windowsOpened).containsExactly(dir.toAbsolutePath().normalize());
  }

  @Test
  void dataDirFallsBackToPrivacydeskHome() {
    assertThat(run("", Map.of("PRIVACYDESK_HOME", dir.toString()))).isZero();
    assertThat(windowsOpened).containsExactly(dir.toAbsolutePath().normalize());
  }

  @Test
  void firstUserAddCreatesTheAdminWithoutSignIn() {
    int code =
        run(
            "correct horse battery\n",
            "--data-dir",
            dir.toString(),
            "user",
            "add",
            "--role",
            "ADMIN",
            "--name",
            "Root");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Added user root (ADMIN)");
  }

  @Test
  void firstUserMustBeAnAdmin() {
    assertThat(
            run(
                "correct horse battery\n",
                "--data-dir",
                dir.toString(),
                "user",
                "add",
                "--role",
                "AGENT",
                "--name",
                "ann"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("the first user must have --role ADMIN");
  }

  @Test
  void laterUsersNeedAnAdminSignIn() {
    run(
        "correct horse battery\n",
        "--data-dir",
        dir.toString(),
        "user",
        "add",
        "--role",
        "ADMIN",
        "--name",
        "root");
    assertThat(
            run(
                "agent password\n",
                "--data-dir",
                dir.toString(),
                "user",
                "add",
                "--role",
                "AGENT",
                "--name",
                "ann"))
        .isEqualTo(2);
    int code =
        run(
            "agent password\n",
            Map.of("PRIVACYDESK_USER", "root", "PRIVACYDESK_PASSWORD", "correct horse battery"),
            "--data-dir",
            dir.toString(),
            "user",
            "add",
            "--role",
            "AGENT",
            "--name",
            "ann");
    assertThat(code).as(err.toString()).isZero();
  }

  @Test
  void badPasswordFailsWithExitOne() {
    run(
        "correct horse battery\n",
        "--data-dir",
        dir.toString(),
        "user",
        "add",
        "--role",
        "ADMIN",
        "--name",
        "root");
    int code =
        run(
            "wrong password\nagent password\n",
            "--data-dir",
            dir.toString(),
            "user",
            "add",
            "--role",
            "AGENT",
            "--name",
            "ann",
            "--user",
            "root");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "privacydesk: The user name or the password is wrong, or the account may not sign in. After several failed sign-ins in a row each answer takes longer.");
  }
}
