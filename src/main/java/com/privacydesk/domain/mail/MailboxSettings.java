package com.privacydesk.domain.mail;

import com.privacydesk.domain.intake.EmailAddress;
import com.privacydesk.domain.intake.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox PrivacyDesk reads (IMAP) and sends from (SMTP). The password is not part of it: it is
 * kept by each workstation, never in the database.
 *
 * @param id 0 for a mailbox not saved yet
 * @param designated whether its address is one the privacy policy names: a message received here
 *     counts as received at a designated address (the CA clock)
 * @param smtpHost null when letters are not sent from this mailbox
 */
public record MailboxSettings(
    long id,
    String name,
    String imapHost,
    int imapPort,
    Security imapSecurity,
    String folder,
    String account,
    boolean designated,
    @Nullable String smtpHost,
    int smtpPort,
    Security smtpSecurity,
    @Nullable String senderAddress,
    @Nullable String senderName,
    boolean enabled) {
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}");

  /** Whether letters can be sent from it. */
  public boolean sends() {
    return smtpHost != null && !smtpHost.isBlank();
  }

  /** What is wrong with it, field by field; empty when it may be saved. */
  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (!NAME.matcher(name.strip()).matches()) {
      errors.add(new FieldError("name", "mailbox.name"));
    }
    if (!HOST.matcher(imapHost.strip()).matches()) {
      errors.add(new FieldError("imapHost", "mailbox.host"));
    }
    if (imapPort < 1 || imapPort > 65535) {
      errors.add(new FieldError("imapPort", "mailbox.port"));
    }
    if (folder.isBlank() || folder.length() > 200) {
      errors.add(new FieldError("folder", "required"));
    }
    if (account.isBlank() || account.length() > 254) {
      errors.add(new FieldError("account", "required"));
    }
    String smtp = smtpHost;
    if (smtp != null && !smtp.isBlank()) {
      if (!HOST.matcher(smtp.strip()).matches()) {
        errors.add(new FieldError("smtpHost", "mailbox.host"));
      }
      if (smtpPort < 1 || smtpPort > 65535) {
        errors.add(new FieldError("smtpPort", "mailbox.port"));
      }
      if (senderAddress == null || !EmailAddress.isValid(senderAddress.strip())) {
        errors.add(new FieldError("senderAddress", "email.invalid"));
      }
      if (senderName != null && senderName.length() > 200) {
        errors.add(new FieldError("senderName", "text.too.long"));
      }
    }
    return errors;
  }
}
