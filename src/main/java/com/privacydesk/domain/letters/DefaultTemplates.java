package com.privacydesk.domain.letters;

/**
 * The built-in text of each letter: version 1, stored the first time a letter of its kind is
 * written or edited. Supervisors replace it with their company's wording (Tools → Letter
 * templates…); "Example Telecom" stands for the company until they do.
 */
public final class DefaultTemplates {
  private DefaultTemplates() {}

  /** The built-in version 1 of {@code kind}. */
  public static LetterTemplate of(LetterKind kind) {
    return switch (kind) {
      case CA_ACKNOWLEDGEMENT ->
          template(
              kind,
              "Your California privacy request (case {{case.number}})",
              """
              {{letter.date}}

              Dear customer,

              We received your request of {{case.received}} under California Civil Code section \
              1798.83 ("Shine the Light") for information about our disclosures of personal \
              information to third parties for their direct marketing purposes.

              We will answer within the time the law allows. Please quote case {{case.number}} if \
              you contact us about this request.

              Sincerely,
              Customer Care, Example Telecom
              """);
      case CA_RESPONSE ->
          template(
              kind,
              "Your California Shine the Light request (case {{case.number}})",
              """
              {{letter.date}}

              Dear customer,

              You asked, on {{case.received}}, which personal information we disclosed to third \
              parties for their direct marketing purposes. During calendar year {{register.year}} \
              we disclosed the following categories of personal information:

              {{register.categories}}

              to the following third parties:

              {{register.recipients}}

              This answer is free of charge. Please quote case {{case.number}} if you contact us \
              about it.

              Sincerely,
              Customer Care, Example Telecom
              """);
      case CA_NO_DISCLOSURES ->
          template(
              kind,
              "Your California Shine the Light request (case {{case.number}})",
              """
              {{letter.date}}

              Dear customer,

              You asked, on {{case.received}}, which personal information we disclosed to third \
              parties for their direct marketing purposes. During calendar year {{register.year}} \
              we did not disclose personal information of our customers to third parties for \
              their direct marketing purposes.

              This answer is free of charge. Please quote case {{case.number}} if you contact us \
              about it.

              Sincerely,
              Customer Care, Example Telecom
              """);
      case OPT_OUT_CONFIRMATION ->
          template(
              kind,
              "Your email opt-out is confirmed",
              """
              {{letter.date}}

              We confirm that {{optout.email}} has been removed from our commercial email \
              ({{optout.scope}}), as you asked on {{case.received}}. You may still receive \
              messages about your account, such as bills and security notices.

              This message is not an advertisement. Reference: case {{case.number}}.

              Customer Care, Example Telecom
              """);
      case COPPA_ACKNOWLEDGEMENT ->
          template(
              kind,
              "We received your request about your child's information (case {{case.number}})",
              """
              {{letter.date}}

              Dear parent,

              We received your request of {{case.received}} about personal information of your \
              child. We will verify that you are the child's parent and then delete the \
              information from our systems and those of our service providers, and stop \
              collecting it. We will write to you when this is done.

              Please quote case {{case.number}} if you contact us about this request.

              Sincerely,
              Privacy Office, Example Telecom
              """);
      case COPPA_PARENT_NOTICE ->
          template(
              kind,
              "Your child's information has been deleted (case {{case.number}})",
              """
              {{letter.date}}

              Dear parent,

              As you asked on {{case.received}}, we have deleted the personal information of your \
              child from our systems and asked our service providers to do the same, and we no \
              longer collect it.

              Please quote case {{case.number}} if you have any question.

              Sincerely,
              Privacy Office, Example Telecom
              """);
      case ACCOUNT_CHANGE_NOTICE ->
          template(
              kind,
              "A change was made to your account",
              """
              {{letter.date}}

              Dear customer,

              This notice is sent to the contact details on record for your account. A change \
              was recently made to your account's password or security settings, or to its \
              online account or address of record.

              If you made this change, you need not do anything. If you did not, please call \
              Customer Care at the number on your bill and quote reference {{case.number}}.

              For your security this notice does not include the changed details.

              Customer Care, Example Telecom
              """);
      case DNC_CONFIRMATION ->
          template(
              kind,
              "You are on our do-not-call list (case {{case.number}})",
              """
              {{letter.date}}

              Dear customer,

              As you asked on {{case.received}}, the telephone numbers you gave us are on \
              Example Telecom's do-not-call list. We will not call or text them for marketing, \
              and we keep your request for five years. You may still hear from us about your \
              account and your service.

              Please quote case {{case.number}} if you contact us about this request.

              Customer Care, Example Telecom
              """);
      case CPNI_APPROVAL_CONFIRMATION ->
          template(
              kind,
              "Your choice about your account information (case {{case.number}})",
              """
              {{letter.date}}

              Dear customer,

              As you asked on {{case.received}}, we have recorded that you do not approve the use \
              or sharing of your customer proprietary network information (such as the services \
              you buy and how you use them) for marketing. Your choice is recorded in all our \
              systems and stays in effect until you tell us otherwise. It does not change your \
              service.

              Please quote case {{case.number}} if you contact us about this request.

              Customer Care, Example Telecom
              """);
    };
  }

  private static LetterTemplate template(LetterKind kind, String subject, String body) {
    return new LetterTemplate(kind, 1, subject, body);
  }
}
