package com.privacydesk.app.port;

/**
 * A mail server could not be used: which server, and why in words ({@code error.mail.<reason>}).
 * Nothing was changed.
 */
public final class MailServerException extends RuntimeException implements UserFacingError {
  private static final long serialVersionUID = 1L;

  /** Why, as the bundle words it. */
  public enum Reason {
    /** The host name is unknown or the server does not answer. */
    UNREACHABLE,
    /** The server refused the account or password. */
    SIGN_IN,
    /** The server's certificate is not trusted or TLS could not be set up. */
    TLS,
    /** The folder does not exist. */
    FOLDER,
    /** The connection broke off in the middle. */
    DROPPED,
    /** The server refused the recipient or the message. */
    REFUSED
  }

  private final Reason reason;
  private final String server;

  public MailServerException(Reason reason, String server, Throwable cause) {
    super(reason + " " + server, cause);
    this.reason = reason;
    this.server = server;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public String messageKey() {
    return "error.mail." + reason.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Object[] messageArgs() {
    return new Object[] {server};
  }
}
