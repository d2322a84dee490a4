package com.privacydesk.desktop.ui.mail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.mail.MailService;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.mail.MailboxSettings;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sending one letter by email: the mailboxes that can send, exactly what will be sent (from, to,
 * subject, text, the PDF's name, size and hash), and the send itself, which records the letter as
 * sent only when the server took it.
 */
public final class SendLetterViewModel {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

  private final MailService mail;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final long letterId;
  private final Supplier<ZoneId> zone;
  private final Runnable sent;
  private final ObservableList<MailboxSettings> senders = FXCollections.observableArrayList();
  private final ObjectProperty<MailboxSettings> sender = new SimpleObjectProperty<>();
  private final ObjectProperty<MailService.Preview> preview = new SimpleObjectProperty<>();
  private final StringProperty to = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanProperty done = new SimpleBooleanProperty(false);

  public SendLetterViewModel(
      MailService mail,
      Actor actor,
      UiTaskRunner tasks,
      long letterId,
      Supplier<ZoneId> zone,
      Runnable sent) {
    this.mail = mail;
    this.actor = actor;
    this.tasks = tasks;
    this.letterId = letterId;
    this.zone = zone;
    this.sent = sent;
    sender.addListener((o, a, box) -> loadPreview());
  }

  /** Reads the mailboxes that can send; the first is chosen. */
  public void load() {
    tasks.run(
        () -> mail.mailboxes(actor).stream().filter(m -> m.sends() && m.enabled()).toList(),
        list -> {
          senders.setAll(list);
          if (list.isEmpty()) {
            status.set(Messages.get("send.noMailbox"));
          } else {
            sender.set(list.getFirst());
          }
        },
        e -> status.set(Messages.describe(e)));
  }

  private void loadPreview() {
    MailboxSettings box = sender.get();
    if (box == null) {
      return;
    }
    tasks.run(
        () -> mail.preview(actor, letterId, box.id()),
        p -> {
          preview.set(p);
          if (p.to() != null && to.get().isBlank()) {
            to.set(p.to());
          }
          if (p.sentBefore() != null) {
            status.set(Messages.get("send.sentBefore", p.sentBefore().messageId()));
            done.set(true);
          }
        },
        e -> status.set(Messages.describe(e)));
  }

  /** The preview as text, with the recipient as typed now. */
  public String previewText() {
    MailService.Preview p = preview.get();
    if (p == null) {
      return "";
    }
    return Messages.get(
        "send.previewText",
        p.from(),
        to.get().isBlank() ? "—" : to.get().strip(),
        p.subject(),
        p.attachmentName(),
        p.attachmentBytes(),
        p.pdfSha256(),
        p.body());
  }

  /** Sends; the letter is recorded as sent only if the server took it. */
  public void send() {
    MailboxSettings box = sender.get();
    if (box == null || busy.get() || done.get()) {
      return;
    }
    busy.set(true);
    status.set(Messages.get("send.sending"));
    String recipient = to.get().isBlank() ? null : to.get().strip();
    tasks.run(
        () -> mail.send(actor, letterId, box.id(), recipient),
        s -> {
          busy.set(false);
          done.set(true);
          status.set(
              Messages.get(
                  "send.sent", s.to(), WHEN.format(s.at().atZone(zone.get())), s.messageId()));
          sent.run();
        },
        e -> {
          busy.set(false);
          status.set(Messages.describe(e));
        });
  }

  public ObservableList<MailboxSettings> senders() {
    return senders;
  }

  public ObjectProperty<MailboxSettings> senderProperty() {
    return sender;
  }

  public ObjectProperty<MailService.Preview> previewProperty() {
    return preview;
  }

  public StringProperty toProperty() {
    return to;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** True once the letter was sent (here, or before). */
  public BooleanProperty doneProperty() {
    return done;
  }
}
