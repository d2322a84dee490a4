package com.privacydesk;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The log file in the data folder: {@code logs/privacydesk.log}, rolled daily and at 10 MB, 30 days
 * and 200 MB at most. Lines carry ids, codes and counts, never personal data (a test runs a full
 * flow and scans the file). Attached when a database is opened, so it follows the data folder.
 */
public final class LogFiles {
  /** The log folder inside the data folder. */
  public static final String FOLDER = "logs";

  /** The current log file's name. */
  public static final String FILE = "privacydesk.log";

  private static final String APPENDER = "DATA_DIR_FILE";
  private static Path current;

  private LogFiles() {}

  /** Sends the log to {@code dataDir}/logs (replacing an earlier data folder's file). */
  public static synchronized void attachTo(Path dataDir) {
    Path folder = dataDir.toAbsolutePath().normalize().resolve(FOLDER);
    if (folder.equals(current)) {
      return;
    }
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    try {
      // a new data folder is owner-only from the start (the log is its first file)
      com.privacydesk.app.OwnerOnlyFiles.createDirectories(folder.getParent());
      com.privacydesk.app.OwnerOnlyFiles.createDirectories(folder);
    } catch (java.io.IOException e) {
      // the appender reports what it cannot write
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var previous = root.getAppender(APPENDER);
    if (previous != null) {
      root.detachAppender(previous);
      previous.stop();
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(context);
    file.setName(APPENDER);
    file.setFile(folder.resolve(FILE).toString());
    file.setEncoder(encoder);
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(context);
    policy.setParent(file);
    policy.setFileNamePattern(folder.resolve("privacydesk.%d{yyyy-MM-dd}.%i.log").toString());
    policy.setMaxFileSize(FileSize.valueOf("10MB"));
    policy.setMaxHistory(30);
    policy.setTotalSizeCap(FileSize.valueOf("200MB"));
    policy.start();
    file.setRollingPolicy(policy);
    file.start();
    root.addAppender(file);
    current = folder;
  }

  /** The log file in use, or null before a database was opened. */
  public static synchronized Path currentFile() {
    return current == null ? null : current.resolve(FILE);
  }
}
