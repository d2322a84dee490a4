package com.privacydesk.desktop;

import com.privacydesk.Services;
import com.privacydesk.app.DatabaseKey;
import com.privacydesk.app.DatabaseServer;
import com.privacydesk.desktop.ui.common.DialogService;
import com.privacydesk.desktop.ui.common.FxDialogService;
import com.privacydesk.desktop.ui.common.FxUiTaskRunner;
import com.privacydesk.desktop.ui.main.MainViewModel;
import com.privacydesk.desktop.ui.main.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;

/**
 * Composition root of the window: owns the background executor and, once opened off the FX thread,
 * the services (and so the database).
 */
public final class AppContext implements AutoCloseable {
  private final Path dataDir;
  private final String dbUrl;
  // resolved off the FX thread (it may read the data folder's settings file)
  private volatile DatabaseServer server;
  private final Clock clock = Services.systemClock();
  private final FxUiTaskRunner tasks = new FxUiTaskRunner();
  private final AtomicReference<Services> services = new AtomicReference<>();

  /**
   * @param dbUrl team mode's {@code --db-url}, or null to let the environment and the data folder's
   *     settings decide
   */
  public AppContext(Path dataDir, String dbUrl) {
    this.dataDir = dataDir;
    this.dbUrl = dbUrl;
  }

  /** Builds the main window; its view model opens the database through {@link #openServices}. */
  public MainWindow mainWindow(Stage stage, javafx.application.HostServices host) {
    DialogService dialogs = new FxDialogService(stage, host);
    MainViewModel vm =
        new MainViewModel(
            new MainViewModel.Opener() {
              @Override
              public boolean needsKey() {
                server = Services.server(dataDir, dbUrl, System.getenv());
                return server == null
                    && Services.hasDatabase(dataDir)
                    && Services.isEncrypted(dataDir);
              }

              @Override
              public com.privacydesk.app.AppServices open(DatabaseKey key) {
                return openServices(key);
              }

              @Override
              public String location() {
                DatabaseServer s = server;
                return s != null ? s.describe() : dataDir.toString();
              }

              @Override
              public boolean personalSignIn() {
                DatabaseServer s = server;
                return s != null && s.personal();
              }

              @Override
              public com.privacydesk.app.AppServices openAs(String username, char[] password) {
                DatabaseServer s = server;
                if (s == null) {
                  throw new IllegalStateException("no server");
                }
                return replace(Services.openAs(dataDir, clock, s, username, password, true));
              }

              @Override
              public void closeServices() {
                Services s = services.getAndSet(null);
                if (s != null) {
                  s.close();
                }
              }
            },
            tasks,
            dataDir);
    return new MainWindow(stage, vm, tasks, dialogs, clock);
  }

  /** Opens the database; runs on a background thread. */
  private Services openServices(DatabaseKey key) {
    return replace(Services.openForWindow(dataDir, clock, key, server));
  }

  /** Makes {@code opened} the services in use, closing those it replaces. */
  private Services replace(Services opened) {
    Services previous = services.getAndSet(opened);
    if (previous != null) {
      previous.close();
    }
    return opened;
  }

  @Override
  public void close() {
    tasks.shutdownAndWait(java.time.Duration.ofSeconds(3));
    Services s = services.getAndSet(null);
    if (s != null) {
      s.close();
    }
  }
}
