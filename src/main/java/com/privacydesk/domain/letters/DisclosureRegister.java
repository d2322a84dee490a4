package com.privacydesk.domain.letters;

import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.IntakeValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One calendar year of the disclosure register (§1798.83): the categories of personal information
 * disclosed to third parties for their own direct marketing, and those third parties; or, recorded
 * as such, no disclosures at all.
 */
public record DisclosureRegister(
    int year,
    boolean noDisclosures,
    Set<DisclosureCategory> categories,
    List<Recipient> recipients) {
  /** The first year the register accepts (the statute took effect in 2005). */
  public static final int FIRST_YEAR = 2004;

  static final int MAX_NAME = 200;
  static final int MAX_ADDRESS = 500;
  static final int MAX_PRODUCTS = 500;

  public DisclosureRegister {
    categories = Set.copyOf(categories);
    recipients = List.copyOf(recipients);
  }

  /** A third party that received personal information for its own direct marketing. */
  public record Recipient(String name, String address, String exampleProducts) {}

  /** What is wrong with this year's entry, checked against the current year. */
  public List<FieldError> validate(int currentYear) {
    List<FieldError> errors = new ArrayList<>();
    if (year < FIRST_YEAR || year > currentYear) {
      errors.add(new FieldError("year", "register.year"));
    }
    if (noDisclosures) {
      if (!categories.isEmpty() || !recipients.isEmpty()) {
        errors.add(new FieldError("noDisclosures", "register.noneButListed"));
      }
      return errors;
    }
    if (categories.isEmpty()) {
      errors.add(new FieldError("categories", "register.categories.required"));
    }
    if (recipients.isEmpty()) {
      errors.add(new FieldError("recipients", "register.recipients.required"));
    }
    for (int i = 0; i < recipients.size(); i++) {
      Recipient r = recipients.get(i);
      String at = "recipients." + i + ".";
      errors.addAll(IntakeValidation.validateFreeText(at + "name", r.name(), MAX_NAME));
      errors.addAll(IntakeValidation.validateFreeText(at + "address", r.address(), MAX_ADDRESS));
      if (r.exampleProducts() != null && !r.exampleProducts().isBlank()) {
        errors.addAll(
            IntakeValidation.validateFreeText(
                at + "exampleProducts", r.exampleProducts(), MAX_PRODUCTS));
      }
    }
    return errors;
  }
}
