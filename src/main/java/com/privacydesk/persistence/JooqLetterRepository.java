package com.privacydesk.persistence;

import static com.privacydesk.persistence.generated.Tables.APP_USER;
import static com.privacydesk.persistence.generated.Tables.CASE_LETTER;
import static com.privacydesk.persistence.generated.Tables.DISCLOSURE_RECIPIENT;
import static com.privacydesk.persistence.generated.Tables.DISCLOSURE_YEAR;
import static com.privacydesk.persistence.generated.Tables.LETTER_TEMPLATE;

import com.privacydesk.app.port.LetterRepository;
import com.privacydesk.domain.letters.DisclosureCategory;
import com.privacydesk.domain.letters.DisclosureRegister;
import com.privacydesk.domain.letters.LetterKind;
import com.privacydesk.domain.letters.LetterTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The register, templates and letters over DISCLOSURE_YEAR/RECIPIENT, LETTER_TEMPLATE, CASE_LETTER.
 */
final class JooqLetterRepository implements LetterRepository {
  private static final com.privacydesk.persistence.generated.tables.AppUser CREATOR =
      APP_USER.as("creator");
  private static final com.privacydesk.persistence.generated.tables.AppUser SENDER =
      APP_USER.as("sender");

  private final DSLContext dsl;

  JooqLetterRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<DisclosureRegister> register(int year) {
    return dsl.selectFrom(DISCLOSURE_YEAR)
        .where(DISCLOSURE_YEAR.REGISTER_YEAR.eq(year))
        .fetchOptional()
        .map(
            y ->
                new DisclosureRegister(
                    year,
                    y.getNoDisclosures(),
                    categories(y.getCategories()),
                    dsl.selectFrom(DISCLOSURE_RECIPIENT)
                        .where(DISCLOSURE_RECIPIENT.REGISTER_YEAR.eq(year))
                        .orderBy(DISCLOSURE_RECIPIENT.POSITION)
                        .fetch(
                            r ->
                                new DisclosureRegister.Recipient(
                                    r.getName(), r.getAddress(), r.getExampleProducts()))));
  }

  private static java.util.Set<DisclosureCategory> categories(String stored) {
    var out = EnumSet.noneOf(DisclosureCategory.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(DisclosureCategory::valueOf).forEach(out::add);
    }
    return out;
  }

  @Override
  public List<Integer> registerYears() {
    return dsl.select(DISCLOSURE_YEAR.REGISTER_YEAR)
        .from(DISCLOSURE_YEAR)
        .orderBy(DISCLOSURE_YEAR.REGISTER_YEAR.desc())
        .fetch(DISCLOSURE_YEAR.REGISTER_YEAR);
  }

  @Override
  public void saveRegister(DisclosureRegister register, long userId, Instant at) {
    int year = register.year();
    String categories =
        register.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    dsl.deleteFrom(DISCLOSURE_RECIPIENT)
        .where(DISCLOSURE_RECIPIENT.REGISTER_YEAR.eq(year))
        .execute();
    dsl.mergeInto(DISCLOSURE_YEAR)
        .using(DSL.selectOne())
        .on(DISCLOSURE_YEAR.REGISTER_YEAR.eq(year))
        .whenMatchedThenUpdate()
        .set(DISCLOSURE_YEAR.NO_DISCLOSURES, register.noDisclosures())
        .set(DISCLOSURE_YEAR.CATEGORIES, categories)
        .set(DISCLOSURE_YEAR.UPDATED_AT, Timestamps.toDb(at))
        .set(DISCLOSURE_YEAR.UPDATED_BY, userId)
        .whenNotMatchedThenInsert(
            DISCLOSURE_YEAR.REGISTER_YEAR,
            DISCLOSURE_YEAR.NO_DISCLOSURES,
            DISCLOSURE_YEAR.CATEGORIES,
            DISCLOSURE_YEAR.UPDATED_AT,
            DISCLOSURE_YEAR.UPDATED_BY)
        .values(year, register.noDisclosures(), categories, Timestamps.toDb(at), userId)
        .execute();
    int position = 0;
    for (DisclosureRegister.Recipient r : register.recipients()) {
      dsl.insertInto(DISCLOSURE_RECIPIENT)
          .set(DISCLOSURE_RECIPIENT.REGISTER_YEAR, year)
          .set(DISCLOSURE_RECIPIENT.POSITION, position++)
          .set(DISCLOSURE_RECIPIENT.NAME, r.name().strip())
          .set(DISCLOSURE_RECIPIENT.ADDRESS, r.address().strip())
          .set(
              DISCLOSURE_RECIPIENT.EXAMPLE_PRODUCTS,
              r.exampleProducts() == null || r.exampleProducts().isBlank()
                  ? null
                  : r.exampleProducts().strip())
          .execute();
    }
  }

  @Override
  public List<StoredTemplate> templateVersions(LetterKind kind) {
    return dsl.select(LETTER_TEMPLATE.asterisk(), CREATOR.USERNAME)
        .from(LETTER_TEMPLATE)
        .leftJoin(CREATOR)
        .on(CREATOR.ID.eq(LETTER_TEMPLATE.CREATED_BY))
        .where(LETTER_TEMPLATE.KIND.eq(kind.name()))
        .orderBy(LETTER_TEMPLATE.VERSION.desc())
        .fetch(
            r ->
                new StoredTemplate(
                    r.get(LETTER_TEMPLATE.ID),
                    new LetterTemplate(
                        kind,
                        r.get(LETTER_TEMPLATE.VERSION),
                        r.get(LETTER_TEMPLATE.SUBJECT),
                        r.get(LETTER_TEMPLATE.BODY)),
                    Timestamps.fromDb(r.get(LETTER_TEMPLATE.CREATED_AT)),
                    r.get(CREATOR.USERNAME)));
  }

  @Override
  public long insertTemplate(LetterTemplate template, Long userId, Instant at) {
    return dsl.insertInto(LETTER_TEMPLATE)
        .set(LETTER_TEMPLATE.KIND, template.kind().name())
        .set(LETTER_TEMPLATE.VERSION, template.version())
        .set(LETTER_TEMPLATE.SUBJECT, template.subject())
        .set(LETTER_TEMPLATE.BODY, template.body())
        .set(LETTER_TEMPLATE.CREATED_AT, Timestamps.toDb(at))
        .set(LETTER_TEMPLATE.CREATED_BY, userId)
        .returning(LETTER_TEMPLATE.ID)
        .fetchSingle()
        .getId();
  }

  @Override
  public long insertLetter(NewLetter l) {
    return dsl.insertInto(CASE_LETTER)
        .set(CASE_LETTER.CASE_ID, l.caseId())
        .set(CASE_LETTER.KIND, l.kind().name())
        .set(CASE_LETTER.TEMPLATE_ID, l.templateId())
        .set(CASE_LETTER.REGISTER_YEAR, l.registerYear())
        .set(CASE_LETTER.RECIPIENT, l.recipient())
        .set(CASE_LETTER.PDF, l.pdf())
        .set(CASE_LETTER.PDF_SHA256, l.pdfSha256())
        .set(CASE_LETTER.GENERATED_AT, Timestamps.toDb(l.at()))
        .set(CASE_LETTER.GENERATED_BY, l.userId())
        .returning(CASE_LETTER.ID)
        .fetchSingle()
        .getId();
  }

  private org.jooq.SelectOnConditionStep<? extends Record> letterQuery() {
    return dsl.select(
            CASE_LETTER.ID,
            CASE_LETTER.CASE_ID,
            CASE_LETTER.KIND,
            LETTER_TEMPLATE.VERSION,
            CASE_LETTER.REGISTER_YEAR,
            CASE_LETTER.RECIPIENT,
            CASE_LETTER.PDF_SHA256,
            CASE_LETTER.PDF.isNotNull().as("pdf_kept"),
            CASE_LETTER.GENERATED_AT,
            CREATOR.USERNAME,
            CASE_LETTER.SENT_ON,
            CASE_LETTER.SENT_METHOD,
            SENDER.USERNAME.as("sender_name"))
        .from(CASE_LETTER)
        .join(LETTER_TEMPLATE)
        .on(LETTER_TEMPLATE.ID.eq(CASE_LETTER.TEMPLATE_ID))
        .join(CREATOR)
        .on(CREATOR.ID.eq(CASE_LETTER.GENERATED_BY))
        .leftJoin(SENDER)
        .on(SENDER.ID.eq(CASE_LETTER.SENT_BY));
  }

  private static StoredLetter map(Record r) {
    String method = r.get(CASE_LETTER.SENT_METHOD);
    return new StoredLetter(
        r.get(CASE_LETTER.ID),
        r.get(CASE_LETTER.CASE_ID),
        LetterKind.valueOf(r.get(CASE_LETTER.KIND)),
        r.get(LETTER_TEMPLATE.VERSION),
        r.get(CASE_LETTER.REGISTER_YEAR),
        r.get(CASE_LETTER.RECIPIENT),
        r.get(CASE_LETTER.PDF_SHA256),
        Boolean.TRUE.equals(r.get("pdf_kept", Boolean.class)),
        Timestamps.fromDb(r.get(CASE_LETTER.GENERATED_AT)),
        r.get(CREATOR.USERNAME),
        r.get(CASE_LETTER.SENT_ON),
        method == null ? null : LetterKind.Method.valueOf(method),
        r.get("sender_name", String.class));
  }

  @Override
  public List<StoredLetter> letters(long caseId) {
    return letterQuery()
        .where(CASE_LETTER.CASE_ID.eq(caseId))
        .orderBy(CASE_LETTER.ID)
        .fetch(JooqLetterRepository::map);
  }

  @Override
  public Optional<StoredLetter> letter(long letterId) {
    return letterQuery()
        .where(CASE_LETTER.ID.eq(letterId))
        .fetchOptional()
        .map(JooqLetterRepository::map);
  }

  @Override
  public Optional<byte[]> pdf(long letterId) {
    return dsl.select(CASE_LETTER.PDF)
        .from(CASE_LETTER)
        .where(CASE_LETTER.ID.eq(letterId))
        .fetchOptional(CASE_LETTER.PDF);
  }

  @Override
  public void markSent(
      long letterId, LocalDate on, LetterKind.Method method, long userId, Instant at) {
    dsl.update(CASE_LETTER)
        .set(CASE_LETTER.SENT_ON, on)
        .set(CASE_LETTER.SENT_METHOD, method.name())
        .set(CASE_LETTER.SENT_AT, Timestamps.toDb(at))
        .set(CASE_LETTER.SENT_BY, userId)
        .where(CASE_LETTER.ID.eq(letterId))
        .execute();
  }
}
