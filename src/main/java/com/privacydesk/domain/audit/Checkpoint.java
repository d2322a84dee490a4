package com.privacydesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed statement of the audit chain at one moment: which installation, how many entries, the
 * head hash, when. Kept outside the database (reports, purge certificates, the witness file), it
 * lets verify-audit prove later that the chain still extends it: entry {@code entries} still has
 * hash {@code head}. Signed with the installation's Ed25519 key (ADR 0022).
 *
 * @param signature Base64 Ed25519 signature of {@link #signedText()}
 */
public record Checkpoint(
    String installation, long entries, String head, Instant at, String signature) {
  private static final String PREFIX = "privacydesk-checkpoint v1";

  // tolerant of line breaks and spaces between the fields (a PDF or a mail may wrap the line)
  private static final Pattern LINE =
      Pattern.compile(
          Pattern.quote(PREFIX)
              + "\\s+installation=([0-9a-f-]{36})"
              + "\\s+entries=(\\d{1,18})"
              + "\\s+head=([0-9a-f]{64})"
              + "\\s+at=(\\S+)"
              + "\\s+signature=([A-Za-z0-9+/=]{40,200})");

  /** The text the signature covers. */
  public String signedText() {
    return PREFIX
        + "\ninstallation="
        + installation
        + "\nentries="
        + entries
        + "\nhead="
        + head
        + "\nat="
        + at;
  }

  /** The checkpoint as one line, as reports, certificates and the witness file carry it. */
  public String line() {
    return PREFIX
        + " installation="
        + installation
        + " entries="
        + entries
        + " head="
        + head
        + " at="
        + at
        + " signature="
        + signature;
  }

  /** A checkpoint of the chain at {@code entries}/{@code head}, signed with {@code key}. */
  public static Checkpoint sign(
      String installation, long entries, String head, Instant at, PrivateKey key) {
    Checkpoint unsigned = new Checkpoint(installation, entries, head, at, "");
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initSign(key);
      ed.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
      return new Checkpoint(
          installation, entries, head, at, Base64.getEncoder().encodeToString(ed.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
    }
  }

  /** Whether the signature is {@code key}'s over this checkpoint's content. */
  public boolean signedBy(PublicKey key) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update(signedText().getBytes(StandardCharsets.UTF_8));
      return ed.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Every checkpoint written in {@code text} (a witness file, a report, a certificate). */
  public static List<Checkpoint> findIn(String text) {
    List<Checkpoint> found = new ArrayList<>();
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      try {
        found.add(
            new Checkpoint(
                m.group(1),
                Long.parseLong(m.group(2)),
                m.group(3),
                Instant.parse(m.group(4)),
                m.group(5)));
      } catch (DateTimeParseException | NumberFormatException e) {
        // not a checkpoint after all: skip it
      }
    }
    return found;
  }
}
