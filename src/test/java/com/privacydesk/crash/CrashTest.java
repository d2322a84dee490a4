package com.privacydesk.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.privacydesk.Services;
import com.privacydesk.TestServices;
import com.privacydesk.app.Actor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 at random moments: {@link CrashWriter} writes cases in a child JVM and acknowledges each
 * commit; the test kills it (SIGKILL) after a random delay, then checks that the database opens,
 * that every acknowledged case is there and that the audit chain verifies. Repeated on the same
 * database, so each run also opens what the previous kill left. {@code -Dcrash.runs=N} (default 8)
 * sets the number of runs; the figures go to {@code target/crash-test.txt} and docs/reliability.md.
 */
class CrashTest {
  private static final long SEED = 7_000_001L;

  @TempDir Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.MINUTES)
  void everyAcknowledgedCaseSurvivesAKill9AndTheAuditChainVerifies() throws Exception {
    int runs = Integer.getInteger("crash.runs", 8);
    Random random = new Random(SEED);
    Path data = dir.resolve("data");
    long acknowledged = 0;
    long lost = 0;
    int killedWhileWriting = 0;
    long totalCases = 0;
    for (int run = 1; run <= runs; run++) {
      Set<Long> acks = ConcurrentHashMap.newKeySet();
      CountDownLatch ready = new CountDownLatch(1);
      Process child =
          new ProcessBuilder(
                  com.privacydesk.ChildJvm.command(
                      CrashWriter.class, data.toString(), Integer.toString(run)))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      Thread reader =
          Thread.ofPlatform()
              .start(
                  () -> {
                    try (BufferedReader in =
                        new BufferedReader(
                            new InputStreamReader(
                                child.getInputStream(), StandardCharsets.UTF_8))) {
                      for (String line; (line = in.readLine()) != null; ) {
                        if (line.equals(CrashWriter.READY)) {
                          ready.countDown();
                        } else if (line.startsWith(CrashWriter.ACK)) {
                          acks.add(Long.parseLong(line.substring(CrashWriter.ACK.length())));
                        }
                      }
                    } catch (IOException e) {
                      // the pipe breaks when the child is killed
                    }
                  });
      boolean started = false;
      for (int waited = 0; waited < 600 && child.isAlive() && !started; waited++) {
        started = ready.await(100, TimeUnit.MILLISECONDS);
      }
      assertThat(started || ready.getCount() == 0)
          .as(
              "run %d: writer started (%s)",
              run, child.isAlive() ? "still starting" : "exited with " + child.exitValue())
          .isTrue();
      Thread.sleep(50 + random.nextInt(1_500));
      boolean writing = child.isAlive();
      child.destroyForcibly(); // SIGKILL on Linux and macOS
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
      if (writing) {
        killedWhileWriting++;
      }
      acknowledged += acks.size();

      try (Services s = Services.open(data, TestServices.clock())) {
        var check = s.backups().check();
        assertThat(check.audit().intact())
            .as("run %d: audit chain after kill (%s)", run, check.audit().problem())
            .isTrue();
        Actor admin = s.users().authenticate(CrashWriter.USER, CrashWriter.PASSWORD.toCharArray());
        for (long id : acks) {
          try {
            s.queries().detail(admin, id);
          } catch (com.privacydesk.app.NotFoundException e) {
            lost++;
          }
        }
        totalCases = check.cases();
      }
    }
    String figures =
        String.format(
            "runs=%d kills=%d killed-while-writing=%d acknowledged=%d lost=%d cases-in-db=%d%n",
            runs, runs, killedWhileWriting, acknowledged, lost, totalCases);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "crash-test.txt"), figures);
    System.out.print("Crash test: " + figures);
    assertThat(lost).as(figures).isZero();
    assertThat(acknowledged).as("cases written before the kills").isPositive();
    assertThat(totalCases).isGreaterThanOrEqualTo(acknowledged);
    assertThat(killedWhileWriting).as("every kill hit a running writer").isEqualTo(runs);
  }
}
