package com.privacydesk.desktop.ui.admin;

import com.privacydesk.app.Actor;
import com.privacydesk.app.privacy.PurgeCertificate;
import com.privacydesk.app.privacy.PurgePreview;
import com.privacydesk.app.privacy.PurgeService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.report.PurgeCertificateFile;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Tools → Retention purge…: the preview (counts per type, closure range), then the purge and its
 * certificate, written into the data folder's certificate folder. All in the background.
 */
public final class PurgeViewModel {
  private final PurgeService purges;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Path certificates;
  private final ObjectProperty<PurgePreview> preview = new SimpleObjectProperty<>();
  private final ObjectProperty<PurgeCertificate> certificate = new SimpleObjectProperty<>();
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  /**
   * @param certificates the folder certificates are written to
   */
  public PurgeViewModel(PurgeService purges, Actor actor, UiTaskRunner tasks, Path certificates) {
    this.purges = purges;
    this.actor = actor;
    this.tasks = tasks;
    this.certificates = certificates;
  }

  /** Computes what a purge now would remove. */
  public void loadPreview() {
    busy.set(true);
    status.set(Messages.get("purge.previewing"));
    tasks.run(
        () -> purges.preview(actor),
        p -> {
          preview.set(p);
          status.set(Messages.get("purge.previewed", p.total()));
          busy.set(false);
        },
        ex -> {
          busy.set(false);
          status.set("");
          error.set(Messages.describe(ex));
        });
  }

  /** Purges (the cases due now, recomputed) and writes the certificate. */
  public void apply() {
    busy.set(true);
    error.set("");
    status.set(Messages.get("purge.applying"));
    tasks.run(
        () -> {
          PurgeCertificate done = purges.apply(actor);
          Files.createDirectories(certificates);
          Path file = PurgeCertificateFile.write(done, certificates);
          return new Done(done, file);
        },
        done -> {
          certificate.set(done.certificate());
          status.set(
              Messages.get("purge.applied", done.certificate().preview().total(), done.file()));
          preview.set(null);
          busy.set(false);
        },
        ex -> {
          busy.set(false);
          status.set("");
          error.set(Messages.describe(ex));
        });
  }

  private record Done(PurgeCertificate certificate, Path file) {}

  public ObjectProperty<PurgePreview> previewProperty() {
    return preview;
  }

  public ObjectProperty<PurgeCertificate> certificateProperty() {
    return certificate;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
