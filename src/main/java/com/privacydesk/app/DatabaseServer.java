package com.privacydesk.app;

import com.privacydesk.app.port.UserFacingError;

/**
 * Team mode's shared PostgreSQL server: its JDBC URL and the account PrivacyDesk signs in with. The
 * password never leaves this object as text: {@link #toString} and {@link #describe} show only the
 * server and the database name (a URL's parameters, which may carry a password, are left out).
 *
 * @param url a {@code jdbc:postgresql://host[:port]/database[?…]} URL
 * @param user the database account, or null when the URL names it
 * @param password its password, or null when the URL or the server's own rules supply it
 */
public record DatabaseServer(String url, String user, String password) {
  /** The only kind of server URL team mode accepts. */
  public static final String URL_PREFIX = "jdbc:postgresql://";

  public DatabaseServer {
    if (url == null || !url.startsWith(URL_PREFIX) || url.length() == URL_PREFIX.length()) {
      throw new InvalidUrlException();
    }
  }

  /** What every PrivacyDesk user's own login role on the server is named: this + their name. */
  public static final String LOGIN_PREFIX = "pd_";

  /**
   * Whether each user signs in to the server with an account of their own (ADR 0026): no shared
   * account is configured, neither here nor in the URL. The sign-in's name and password then open
   * the database.
   */
  public boolean personal() {
    return user == null && !url.matches(".*[?&]user=.*");
  }

  /** This server, signed in to as PrivacyDesk user {@code username}'s own login role. */
  public DatabaseServer as(String username, char[] password) {
    return new DatabaseServer(url, loginOf(username), new String(password));
  }

  /** The login role of PrivacyDesk user {@code username} on the server. */
  public static String loginOf(String username) {
    return LOGIN_PREFIX + username;
  }

  /** "PostgreSQL db.example.com:5432/privacydesk": where the data is, without any secret. */
  public String describe() {
    String rest = url.substring(URL_PREFIX.length());
    int query = rest.indexOf('?');
    return "PostgreSQL " + (query < 0 ? rest : rest.substring(0, query));
  }

  @Override
  public String toString() {
    return "DatabaseServer[" + describe() + "]";
  }

  /** A database URL that is not a PostgreSQL JDBC URL. */
  public static final class InvalidUrlException extends IllegalArgumentException
      implements UserFacingError {
    private static final long serialVersionUID = 1L;

    InvalidUrlException() {
      super(
          "The database URL must be a PostgreSQL JDBC URL: "
              + URL_PREFIX
              + "host:5432/database (the embedded database needs no URL).");
    }

    @Override
    public String messageKey() {
      return "error.dbUrl.invalid";
    }
  }
}
