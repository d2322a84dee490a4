package com.privacydesk.app.cases;

import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.OptOutIntake;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams the rows of an opt-out CSV file (header: {@code email} required; {@code received}, {@code
 * channel}, {@code scope}, {@code categories} optional; other columns ignored) as intake inputs
 * with their line numbers. Never holds more than one record; hashes the bytes it reads.
 */
final class OptOutCsv implements Closeable, Iterator<OptOutCsv.Row> {
  static final String EMAIL = "email";
  static final String RECEIVED = "received";
  static final String CHANNEL = "channel";
  static final String SCOPE = "scope";
  static final String CATEGORIES = "categories";
  private static final List<String> KNOWN = List.of(EMAIL, RECEIVED, CHANNEL, SCOPE, CATEGORIES);

  /**
   * The channel of a row that names none: the unsubscribe link or form. A row may name any channel
   * but INTERNAL (a person opted out, not the company).
   */
  static final Channel DEFAULT_CHANNEL = Channel.WEB_FORM;

  private static final DateTimeFormatter LOCAL_MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]", Locale.ROOT);

  /**
   * One data row. {@code intake} holds what could be read (with defaults for empty optional
   * columns); {@code errors} what could not. {@code blank} rows (no value at all) are skipped.
   */
  record Row(
      long line, OptOutIntake intake, List<FieldError> errors, boolean blank, boolean received) {}

  private final DigestInputStream bytes;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Map<String, Integer> columns;
  private final List<String> ignored;
  private final ZoneId zone;
  private final LocalDateTime now;
  private long lastLine;

  /**
   * Opens {@code in} as UTF-8 CSV (a byte-order mark is skipped) and reads its header.
   *
   * @throws ImportFileException when the header is unreadable or has no email column
   */
  OptOutCsv(InputStream in, ZoneId zone, LocalDateTime now) {
    this.zone = zone;
    this.now = now;
    try {
      bytes = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    try {
      // Bytes that are not UTF-8 become U+FFFD, found in the record they are in: a decoder that
      // threw instead would throw where the reader's buffer was filled, thousands of lines early.
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  bytes,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(false)
              .setIgnoreSurroundingSpaces(true)
              .setAllowMissingColumnNames(true)
              .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
              .get()
              .parse(reader);
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      throw new ImportFileException("import.file.header");
    }
    columns = new java.util.HashMap<>();
    ignored = new ArrayList<>();
    List<String> names = parser.getHeaderNames();
    if (names.stream().anyMatch(OptOutCsv::notUtf8)) {
      throw new ImportFileException("import.file.encoding", 1L);
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i) == null ? "" : names.get(i).strip().toLowerCase(Locale.ROOT);
      if (KNOWN.contains(name) && !columns.containsKey(name)) {
        columns.put(name, i);
      } else if (!name.isEmpty()) {
        ignored.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
      }
    }
    if (!columns.containsKey(EMAIL)) {
      throw new ImportFileException("import.file.noEmail");
    }
    lastLine = Math.max(1, parser.getCurrentLineNumber());
    records = parser.iterator();
  }

  /** Header names that are not read (their values are never stored). */
  List<String> ignoredColumns() {
    return List.copyOf(ignored);
  }

  /** SHA-256 (hex) of the bytes read so far: of the whole file once every row was read. */
  String sha256() {
    return HexFormat.of().formatHex(bytes.getMessageDigest().digest());
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw unreadable();
    }
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CSVRecord record;
    try {
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw unreadable();
    }
    long line = lastLine + 1;
    lastLine = Math.max(line, parser.getCurrentLineNumber());
    if (record.stream().anyMatch(OptOutCsv::notUtf8)) {
      throw new ImportFileException("import.file.encoding", line);
    }
    return row(line, record);
  }

  /**
   * Whether {@code value} held bytes that are not UTF-8 (decoded as U+FFFD; an opt-out file has no
   * use for the character itself, which only ever comes from such a conversion).
   */
  private static boolean notUtf8(String value) {
    return value != null && value.indexOf('\uFFFD') >= 0;
  }

  /** The CSV broke (an unclosed quote, a read error) at the line after the last one read. */
  private ImportFileException unreadable() {
    return new ImportFileException("import.file.malformed", lastLine + 1);
  }

  private Row row(long line, CSVRecord record) {
    boolean blank = true;
    for (String v : record) {
      blank &= v == null || v.isBlank();
    }
    List<FieldError> errors = new ArrayList<>();
    if (record.size() > parser.getHeaderNames().size()) {
      errors.add(new FieldError("row", "import.row.columns"));
    }
    String email = value(record, EMAIL);
    String receivedText = value(record, RECEIVED);
    LocalDateTime received = now;
    if (!receivedText.isEmpty()) {
      received = received(receivedText);
      if (received == null) {
        errors.add(new FieldError(IntakeValidation.RECEIVED, "import.received.invalid"));
      }
    }
    Channel channel = DEFAULT_CHANNEL;
    String channelText = value(record, CHANNEL);
    if (!channelText.isEmpty()) {
      channel = channel(channelText);
      if (channel == null) {
        errors.add(new FieldError(IntakeValidation.CHANNEL, "import.channel.invalid"));
      }
    }
    OptOutScope scope = OptOutScope.ALL_COMMERCIAL;
    String scopeText = value(record, SCOPE);
    if (!scopeText.isEmpty()) {
      scope = scope(scopeText);
      if (scope == null) {
        errors.add(new FieldError(IntakeValidation.SCOPE, "import.scope.invalid"));
      }
    }
    String categories = value(record, CATEGORIES);
    OptOutIntake intake =
        new OptOutIntake(
            email.isEmpty() ? null : email,
            scope,
            categories.isEmpty() ? null : categories,
            channel,
            received);
    return new Row(line, intake, List.copyOf(errors), blank, !receivedText.isEmpty());
  }

  private String value(CSVRecord record, String column) {
    Integer i = columns.get(column);
    if (i == null || i >= record.size()) {
      return "";
    }
    String v = record.get(i);
    return v == null ? "" : v.strip();
  }

  /** 2026-11-20, 2026-11-20 14:30[:05], 2026-11-20T14:30, or with an offset (2026-11-20T19:30Z). */
  private LocalDateTime received(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay();
      }
      return LocalDateTime.parse(text, LOCAL_MINUTES);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text)
            .atZoneSameInstant(zone)
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.SECONDS);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static Channel channel(String text) {
    try {
      Channel c = Channel.valueOf(constant(text));
      return c == Channel.INTERNAL ? null : c;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static OptOutScope scope(String text) {
    return switch (constant(text)) {
      case "ALL", "ALL_COMMERCIAL" -> OptOutScope.ALL_COMMERCIAL;
      case "CATEGORIES", "SELECTED_CATEGORIES" -> OptOutScope.SELECTED_CATEGORIES;
      default -> null;
    };
  }

  private static String constant(String text) {
    return text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
