package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.PRIVACY_CASE;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Finds the cases whose contact or account reference contains a fragment ("garcia81") without
 * reading a million rows: every case's normalised contact and account reference, lower-cased, sit
 * in one byte array that a plain scan searches in milliseconds. It answers with <em>candidates</em>
 * only; the query re-checks each candidate with the same LIKE, so the index may over-report but
 * must never miss.
 *
 * <p>Never missing: the array is read once (on the first search) from committed rows, and every
 * write of a contact or account after that (new cases, corrections) is also noted in {@link
 * #noteChange} before it commits and stays a candidate source. A rolled-back write only adds a
 * candidate that the re-check drops. This holds because the embedded H2 file is open in one process
 * only; on team mode's shared server other processes write too, and the index is {@link #disabled}
 * (the queue searches in SQL, ADR 0016).
 */
final class ContactSearchIndex {
  /** More candidates than this: the fragment is too common to help, search in SQL instead. */
  static final int MAX_CANDIDATES = 20_000;

  private static final byte FIELD = 1;
  private static final byte END = '\n';

  private final boolean enabled;
  private final Map<Long, byte[]> changes = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong version =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile Snapshot snapshot;
  // a page and its count ask for the same fragment one after the other
  private volatile Memo last;

  private record Memo(String fragment, long version, Optional<long[]> result) {}

  /**
   * Rows as read: ids ascending, each row's text from {@code starts[i]} to the next start; the text
   * is the rows' UTF-8 bytes, one char per byte (Latin-1), so positions are byte positions.
   */
  @SuppressWarnings("ArrayRecordComponent") // read-only arrays of one snapshot, never compared
  private record Snapshot(long[] ids, int[] starts, String text) {}

  ContactSearchIndex() {
    this(true);
  }

  private ContactSearchIndex(boolean enabled) {
    this.enabled = enabled;
  }

  /** An index that never answers: every search runs in SQL. */
  static ContactSearchIndex disabled() {
    return new ContactSearchIndex(false);
  }

  /** Notes a contact or account written now (before commit). */
  void noteChange(long caseId, String contactNormalized, String accountRef) {
    if (!enabled) {
      return;
    }
    changes.put(caseId, line(contactNormalized, accountRef));
    version.incrementAndGet();
  }

  /** Forgets the array (after a bulk load): the next search reads it again. */
  void invalidate() {
    snapshot = null;
    version.incrementAndGet();
  }

  /**
   * The ids of cases whose contact or account may contain {@code fragment}, or empty when there are
   * too many to be worth it or the fragment cannot be searched here.
   */
  Optional<long[]> candidates(DSLContext dsl, String fragment) {
    if (!enabled) {
      return Optional.empty();
    }
    long v = version.get();
    Memo m = last;
    if (m != null && m.version() == v && m.fragment().equals(fragment)) {
      return m.result();
    }
    Optional<long[]> result = search(dsl, fragment);
    last = new Memo(fragment, v, result);
    return result;
  }

  private Optional<long[]> search(DSLContext dsl, String fragment) {
    String lower = fragment.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.indexOf(FIELD) >= 0 || lower.indexOf(END) >= 0) {
      return Optional.empty();
    }
    byte[] needle = lower.getBytes(StandardCharsets.UTF_8);
    // the text's bytes as one Latin-1 string: String.indexOf then runs the JVM's vectorised search
    // (several times faster than a hand-written Boyer-Moore-Horspool over the byte array, most of
    // all for short fragments, whose skips are short)
    String pattern = new String(needle, StandardCharsets.ISO_8859_1);
    Snapshot s = snapshot(dsl);
    long[] out = new long[64];
    int n = 0;
    String text = s.text();
    int i = text.indexOf(pattern);
    while (i >= 0) {
      int row = rowAt(s, i);
      if (n == MAX_CANDIDATES) {
        return Optional.empty();
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = s.ids()[row];
      // one hit per row is enough: go on from the next row
      if (row + 1 >= s.ids().length) {
        break;
      }
      i = text.indexOf(pattern, s.starts()[row + 1]);
    }
    for (Map.Entry<Long, byte[]> e : changes.entrySet()) {
      byte[] t = e.getValue();
      for (int at = 0; at + needle.length <= t.length; at++) {
        if (matchesAt(t, at, needle)) {
          if (n == out.length) {
            out = Arrays.copyOf(out, n * 2);
          }
          out[n++] = e.getKey();
          break;
        }
      }
    }
    if (n > MAX_CANDIDATES) {
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOf(out, n));
  }

  private static boolean matchesAt(byte[] text, int at, byte[] needle) {
    for (int k = 0; k < needle.length; k++) {
      if (text[at + k] != needle[k]) {
        return false;
      }
    }
    return true;
  }

  /** The row whose text holds position {@code pos}. */
  private static int rowAt(Snapshot s, int pos) {
    int i = Arrays.binarySearch(s.starts(), 0, s.ids().length, pos);
    return i >= 0 ? i : -i - 2;
  }

  private Snapshot snapshot(DSLContext dsl) {
    Snapshot s = snapshot;
    if (s != null) {
      return s;
    }
    synchronized (this) {
      if (snapshot == null) {
        snapshot = read(dsl);
      }
      return snapshot;
    }
  }

  private static Snapshot read(DSLContext dsl) {
    long[] ids = new long[1024];
    int[] starts = new int[1024];
    byte[] text = new byte[64 * 1024];
    int rows = 0;
    int length = 0;
    try (var cursor =
        dsl.select(PRIVACY_CASE.ID, PRIVACY_CASE.CONTACT_NORMALIZED, PRIVACY_CASE.ACCOUNT_REF)
            .from(PRIVACY_CASE)
            .orderBy(PRIVACY_CASE.ID)
            .fetchSize(5_000)
            .fetchLazy()) {
      for (var r : cursor) {
        byte[] line = line(r.value2(), r.value3());
        if (rows == ids.length) {
          ids = Arrays.copyOf(ids, rows * 2);
          starts = Arrays.copyOf(starts, rows * 2);
        }
        while (length + line.length > text.length) {
          text = Arrays.copyOf(text, text.length * 2);
        }
        ids[rows] = r.value1();
        starts[rows] = length;
        System.arraycopy(line, 0, text, length, line.length);
        length += line.length;
        rows++;
      }
    }
    return new Snapshot(
        Arrays.copyOf(ids, rows),
        Arrays.copyOf(starts, rows),
        new String(text, 0, length, StandardCharsets.ISO_8859_1));
  }

  /** "contact\u0001account\n", lower-cased. */
  private static byte[] line(String contact, String account) {
    String c = contact == null ? "" : contact.toLowerCase(Locale.ROOT);
    String a = account == null ? "" : account.toLowerCase(Locale.ROOT);
    return (c + (char) FIELD + a + (char) END).getBytes(StandardCharsets.UTF_8);
  }
}
