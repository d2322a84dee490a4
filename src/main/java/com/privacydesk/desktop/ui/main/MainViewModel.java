package com.privacydesk.desktop.ui.main;

import com.privacydesk.app.Actor;
import com.privacydesk.app.AppServices;
import com.privacydesk.app.CompanySettings;
import com.privacydesk.app.DatabaseKey;
import com.privacydesk.app.port.UserFacingError;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Start-up and session state of the main window: opening, signing in, ready or failed. */
public final class MainViewModel {
  /** Where start-up stands. */
  public enum Phase {
    OPENING,
    /** The database is encrypted: its key must be typed. */
    NEEDS_KEY,
    NEEDS_FIRST_ADMIN,
    NEEDS_SIGN_IN,
    READY,
    FAILED
  }

  /** Opens the database off the FX thread. */
  public interface Opener {
    /** Whether the database is encrypted and so needs a key to open. */
    boolean needsKey();

    /** Opens the database, with {@code key} when it is encrypted (else null). */
    AppServices open(DatabaseKey key);

    /**
     * Where the database is (the data folder, or team mode's server), once {@link #needsKey} ran.
     */
    String location();

    /**
     * Whether team mode's server is opened with each user's own account (ADR 0026), once {@link
     * #needsKey} ran: the sign-in's name and password then open it.
     */
    boolean personalSignIn();

    /** Opens the server with the personal account of {@code username}; a refusal says so. */
    AppServices openAs(String username, char[] password);

    /** Closes the services opened last (a personal account's, at sign-out). */
    void closeServices();
  }

  private final Opener opener;
  private final StringProperty keyError = new SimpleStringProperty("");
  private final UiTaskRunner tasks;
  private final Path dataDir;
  private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPENING);
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty failure = new SimpleStringProperty("");
  private final ObjectProperty<Actor> actor = new SimpleObjectProperty<>();
  private volatile AppServices services;
  private boolean personal;
  private volatile CompanySettings company = CompanySettings.DEFAULTS;

  public MainViewModel(Opener opener, UiTaskRunner tasks, Path dataDir) {
    this.opener = opener;
    this.tasks = tasks;
    this.dataDir = dataDir;
  }

  /**
   * Opens the database off the UI thread (asking for its key first when it is encrypted), then asks
   * for the first admin or a sign-in.
   */
  public void startUp() {
    phase.set(Phase.OPENING);
    status.set(Messages.get("status.opening", dataDir));
    tasks.run(
        opener::needsKey,
        needsKey -> {
          if (needsKey) {
            status.set(Messages.get("status.needsKey", dataDir));
            phase.set(Phase.NEEDS_KEY);
          } else if (opener.personalSignIn()) {
            // each user's own account opens the server: nothing to open before the sign-in
            personal = true;
            status.set(Messages.get("status.signInToServer", opener.location()));
            phase.set(Phase.NEEDS_SIGN_IN);
          } else {
            status.set(Messages.get("status.opening", opener.location()));
            open(null);
          }
        },
        this::failed);
  }

  /**
   * Opens the encrypted database with the typed key; a wrong key asks again ({@link
   * #keyErrorProperty()} says why).
   */
  public void openWithKey(char[] typed) {
    DatabaseKey key;
    try {
      key = DatabaseKey.of(typed);
    } catch (IllegalArgumentException e) {
      keyError.set(Messages.get("key.invalid"));
      phase.set(Phase.OPENING);
      phase.set(Phase.NEEDS_KEY);
      return;
    } finally {
      java.util.Arrays.fill(typed, '\0');
    }
    phase.set(Phase.OPENING);
    status.set(Messages.get("status.opening", dataDir));
    open(key);
  }

  /** Why the last key did not open the database ("" before the first try). */
  public ReadOnlyStringProperty keyErrorProperty() {
    return keyError;
  }

  private void open(DatabaseKey key) {
    tasks.run(
        () -> {
          try {
            AppServices s = opener.open(key);
            return new Opened(s, s.users().needsFirstAdmin(), s.settings().current());
          } finally {
            if (key != null) {
              key.wipe();
            }
          }
        },
        opened -> {
          services = opened.services();
          company = opened.company();
          status.set(
              opened
                  .services()
                  .startupNotice()
                  .map(notice -> Messages.get("status.recovered", notice))
                  .orElseGet(
                      () -> Messages.get("status.ready", opened.services().databaseLocation())));
          phase.set(opened.firstRun() ? Phase.NEEDS_FIRST_ADMIN : Phase.NEEDS_SIGN_IN);
        },
        ex -> {
          if (key != null
              && ex instanceof UserFacingError u
              && u.messageKey().equals("error.dbKey.wrong")) {
            keyError.set(Messages.describe(ex));
            status.set(Messages.get("status.needsKey", dataDir));
            phase.set(Phase.NEEDS_KEY);
          } else {
            failed(ex);
          }
        });
  }

  private void failed(Throwable ex) {
    failure.set(Messages.describe(ex));
    status.set(Messages.get("status.failed"));
    phase.set(Phase.FAILED);
  }

  /**
   * The sign-in dialog's model: the name and password are checked by the open database or, when
   * each user's own account opens team mode's server, they open it first (on the dialog's
   * background task) and are then checked by it.
   */
  public com.privacydesk.desktop.ui.login.LoginViewModel login() {
    if (!personal) {
      return new com.privacydesk.desktop.ui.login.LoginViewModel(
          services.users()::authenticate, tasks);
    }
    return new com.privacydesk.desktop.ui.login.LoginViewModel(
        (name, password) -> {
          AppServices opened = opener.openAs(name, password);
          try {
            Actor who = opened.users().authenticate(name, password);
            company = opened.settings().current();
            services = opened;
            return who;
          } catch (RuntimeException e) {
            opener.closeServices();
            throw e;
          }
        },
        tasks);
  }

  /** Called by the sign-in (or first-admin) dialog once a user is signed in. */
  public void signedIn(Actor who) {
    actor.set(who);
    status.set(
        Messages.get(
            "status.signedIn",
            who.username(),
            Messages.get("role." + who.role()),
            services.databaseLocation()));
    phase.set(Phase.READY);
  }

  /**
   * Signs the current user out (audited) and asks for a sign-in again, without closing the
   * database: switching user at a shared workstation.
   */
  public void signOut() {
    Actor who = actor.get();
    if (who == null || phase.get() != Phase.READY) {
      return;
    }
    tasks.run(
        () -> {
          services.users().signOut(who);
          if (personal) {
            // the next user opens the server with their own account
            opener.closeServices();
          }
          return null;
        },
        x -> {
          actor.set(null);
          status.set(Messages.get("status.signedOut", who.username()));
          phase.set(Phase.NEEDS_SIGN_IN);
        },
        ex -> status.set(Messages.describe(ex)));
  }

  /** Re-reads the company settings the window uses (after a supervisor changed them). */
  public void reloadSettings() {
    tasks.run(
        () -> services.settings().current(),
        c -> company = c,
        ex -> status.set(Messages.describe(ex)));
  }

  /** Walks the audit chain in the background; {@code onResult} gets a title and a message. */
  public void verifyAudit(java.util.function.BiConsumer<String, String> onResult) {
    tasks.run(
        () -> services.audit().verify(actor.get()),
        v ->
            onResult.accept(
                Messages.get(
                    v.intact()
                        ? "audit.ok.title"
                        : v.problem().isPresent() ? "audit.broken.title" : "audit.records.title"),
                describe(v)),
        ex -> onResult.accept(Messages.get("action.failed"), Messages.describe(ex)));
  }

  /** The outcome of a walk in words: the chain's first break, then the records found changed. */
  static String describe(com.privacydesk.app.audit.AuditService.Verification v) {
    if (v.intact()) {
      return Messages.get("audit.ok", v.entries(), v.headHash(), v.recordsChecked());
    }
    StringBuilder text = new StringBuilder();
    v.problem()
        .ifPresent(
            p -> text.append(Messages.get("audit.broken", p.seq(), p.reason(), v.entries())));
    if (v.recordProblems() > 0) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(Messages.get("audit.records", v.recordProblems()));
      v.records().forEach(line -> text.append("\n• ").append(line));
      if (v.recordProblems() > v.records().size()) {
        text.append("\n")
            .append(Messages.get("audit.records.more", v.recordProblems() - v.records().size()));
      }
    }
    return text.toString();
  }

  public ReadOnlyObjectProperty<Phase> phaseProperty() {
    return phase;
  }

  /** Puts {@code text} on the status line (the outcome of something the window did). */
  public void showStatus(String text) {
    status.set(text);
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  /** Why start-up failed, in words the user can act on. */
  public ReadOnlyStringProperty failureProperty() {
    return failure;
  }

  public ReadOnlyObjectProperty<Actor> actorProperty() {
    return actor;
  }

  /** True once a user is signed in and the database is open. */
  public BooleanBinding readyBinding() {
    return Bindings.equal(phase, Phase.READY);
  }

  /** The open services; only valid after start-up succeeded. */
  public AppServices services() {
    return services;
  }

  /** The company time zone, read at start-up. */
  public ZoneId zone() {
    return company.zone();
  }

  /** Received dates further back than this many days are confirmed at intake. */
  public int confirmReceivedDays() {
    return company.confirmReceivedDays();
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Where the cases are kept (the data folder, or team mode's server); "—" before it opens. */
  public String databaseLocation() {
    return services == null ? "\u2014" : services.databaseLocation();
  }

  private record Opened(AppServices services, boolean firstRun, CompanySettings company) {}
}
