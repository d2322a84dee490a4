package com.privacydesk.domain.letters;

/**
 * The categories of personal information of Cal. Civ. Code §1798.83(e)(6)(A), in the statute's
 * order and words: what a "Shine the Light" answer lists as disclosed for direct marketing.
 */
public enum DisclosureCategory {
  NAME_AND_ADDRESS("Name and address"),
  EMAIL_ADDRESS("Electronic mail address"),
  AGE_OR_DATE_OF_BIRTH("Age or date of birth"),
  NAMES_OF_CHILDREN("Names of children"),
  CHILDREN_ADDRESSES("Electronic mail or other addresses of children"),
  NUMBER_OF_CHILDREN("Number of children"),
  AGE_OR_GENDER_OF_CHILDREN("The age or gender of children"),
  HEIGHT("Height"),
  WEIGHT("Weight"),
  RACE("Race"),
  RELIGION("Religion"),
  OCCUPATION("Occupation"),
  TELEPHONE_NUMBER("Telephone number"),
  EDUCATION("Education"),
  POLITICAL_PARTY_AFFILIATION("Political party affiliation"),
  MEDICAL_CONDITION("Medical condition"),
  MEDICAL_PRODUCTS("Drugs, therapies, or medical products or equipment used"),
  PRODUCTS_PURCHASED("The kind of product the customer purchased, leased, or rented"),
  REAL_PROPERTY("Real property purchased, leased, or rented"),
  KIND_OF_SERVICE("The kind of service provided"),
  SOCIAL_SECURITY_NUMBER("Social security number"),
  BANK_ACCOUNT_NUMBER("Bank account number"),
  CREDIT_CARD_NUMBER("Credit card number"),
  DEBIT_CARD_NUMBER("Debit card number"),
  ACCOUNT_BALANCE("Bank or investment account, debit card, or credit card balance"),
  PAYMENT_HISTORY("Payment history"),
  CREDITWORTHINESS(
      "Information pertaining to the customer's creditworthiness, assets, income, or liabilities");

  private final String statutoryText;

  DisclosureCategory(String statutoryText) {
    this.statutoryText = statutoryText;
  }

  /** The category as the statute words it (letters quote it). */
  public String statutoryText() {
    return statutoryText;
  }
}
