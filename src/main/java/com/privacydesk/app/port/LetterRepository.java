package com.privacydesk.app.port;

import com.privacydesk.domain.letters.DisclosureRegister;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.letters.LetterTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The disclosure register, the letter templates with all their versions, and case letters. */
public interface LetterRepository {
  /** The register entry of {@code year}, if recorded. */
  Optional<DisclosureRegister> register(int year);

  /** The years the register has an entry for, newest first. */
  List<Integer> registerYears();

  /** Stores (replaces) the entry of {@code register.year()}. */
  void saveRegister(DisclosureRegister register, long userId, Instant at);

  /** A stored template version. {@code createdBy} is null for the built-in version. */
  record StoredTemplate(long id, LetterTemplate template, Instant createdAt, String createdBy) {}

  /** Every version of {@code kind}'s template, newest first. */
  List<StoredTemplate> templateVersions(LetterKind kind);

  /** Stores {@code template} (its version must be new for its kind); returns its id. */
  long insertTemplate(LetterTemplate template, Long userId, Instant at);

  /** A letter to store. */
  @SuppressWarnings("ArrayRecordComponent") // the PDF's bytes, handed over whole, never compared
  record NewLetter(
      long caseId,
      LetterKind kind,
      long templateId,
      Integer registerYear,
      String recipient,
      byte[] pdf,
      String pdfSha256,
      long userId,
      Instant at) {}

  /** Stores a letter; returns its id. */
  long insertLetter(NewLetter letter);

  /** A stored letter (without its PDF). {@code pdfKept} is false once the case was purged. */
  record StoredLetter(
      long id,
      long caseId,
      LetterKind kind,
      int templateVersion,
      Integer registerYear,
      String recipient,
      String pdfSha256,
      boolean pdfKept,
      Instant generatedAt,
      String generatedBy,
      LocalDate sentOn,
      LetterKind.Method sentMethod,
      String sentBy) {}

  /** The letters of a case, oldest first. */
  List<StoredLetter> letters(long caseId);

  /** One letter. */
  Optional<StoredLetter> letter(long letterId);

  /** A letter's archived PDF, unless purged. */
  Optional<byte[]> pdf(long letterId);

  /** Records how and when a letter was sent. */
  void markSent(long letterId, LocalDate on, LetterKind.Method method, long userId, Instant at);
}
