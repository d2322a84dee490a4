package com.privacydesk.domain.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically plausible email address and its normalised form for duplicate checks. */
public record EmailAddress(String value) {
  /** RFC 5321 limits: 254 characters in all, 64 in the local part. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL_LENGTH = 64;
  // Pragmatic dot-atom form: what mail systems actually accept, not the full RFC 5322 grammar.
  private static final Pattern LOCAL =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DOMAIN =
      Pattern.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  public EmailAddress {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid email address");
    }
    value = value.strip();
  }

  /** Whether {@code raw} (surrounding spaces ignored) is an address we can suppress. */
  public static boolean isValid(String raw) {
    if (raw == null) {
      return false;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return false;
    }
    int at = s.lastIndexOf('@');
    if (at <= 0 || at == s.length() - 1 || s.indexOf('@') != at) {
      return false;
    }
    String local = s.substring(0, at);
    String domain = s.substring(at + 1);
    return local.length() <= MAX_LOCAL_LENGTH
        && LOCAL.matcher(local).matches()
        && DOMAIN.matcher(domain).matches();
  }

  /** Lower case, without a {@code +tag} in the local part: two spellings of one mailbox match. */
  public String normalized() {
    String lower = value.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    String local = lower.substring(0, at);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    return local + lower.substring(at);
  }
}
