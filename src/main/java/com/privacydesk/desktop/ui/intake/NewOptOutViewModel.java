package com.privacydesk.desktop.ui.intake;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.desktop.ui.common.FieldErrors;
import com.privacydesk.desktop.ui.common.FormSubmission;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.OptOutScope;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.OptOutIntake;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "New email opt-out" form: address, scope, channel and time of receipt. Nothing more. */
public final class NewOptOutViewModel {

  private final IntakeService intake;
  private final Actor actor;
  private final Supplier<LocalDateTime> companyNow;

  private final StringProperty email = new SimpleStringProperty("");
  private final ObjectProperty<OptOutScope> scope =
      new SimpleObjectProperty<>(OptOutScope.ALL_COMMERCIAL);
  private final StringProperty categories = new SimpleStringProperty("");
  private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.OTHER_EMAIL);
  private final ObjectProperty<LocalDate> receivedDate = new SimpleObjectProperty<>();
  private final StringProperty receivedTime = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final FieldErrors fieldErrors = new FieldErrors();
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final IntakeSaver saver;
  private Long mail;

  /**
   * @param companyNow the current local date-time in the company zone (default receipt time)
   */
  public NewOptOutViewModel(
      IntakeService intake, Actor actor, UiTaskRunner tasks, Supplier<LocalDateTime> companyNow) {
    this.intake = intake;
    this.actor = actor;
    this.saver = new IntakeSaver(tasks, saving, fieldErrors, error);
    this.companyNow = companyNow;
    LocalDateTime now = companyNow.get();
    receivedDate.set(now.toLocalDate());
    receivedTime.set(now.toLocalTime().format(FormSubmission.TIME));
    initial = new java.util.ArrayList<>(state());
    javafx.beans.InvalidationListener changed = o -> revalidate();
    email.addListener(changed);
    scope.addListener(changed);
    categories.addListener(changed);
    channel.addListener(changed);
    receivedDate.addListener(changed);
    receivedTime.addListener(changed);
  }

  private final java.util.List<Object> initial;

  private java.util.List<Object> state() {
    return java.util.Arrays.asList(
        email.get(),
        scope.get(),
        categories.get(),
        channel.get(),
        receivedDate.get(),
        receivedTime.get());
  }

  /** Whether the form holds something typed that was not saved. */
  public boolean hasUnsavedChanges() {
    return !saved && !initial.equals(state());
  }

  private boolean saved;

  /**
   * After a refused save, an error goes away as soon as its field holds a valid value (no new
   * errors appear while typing: those wait for the next save).
   */
  private void revalidate() {
    if (fieldErrors.isEmpty()) {
      return;
    }
    var received =
        receivedDate.get() == null
            ? java.util.Optional.<LocalDateTime>empty()
            : FormSubmission.dateTime(receivedDate.get(), receivedTime.get());
    var still =
        new java.util.ArrayList<>(
            IntakeValidation.validateOptOut(
                new OptOutIntake(
                    email.get(),
                    scope.get(),
                    categories.get(),
                    channel.get(),
                    received.orElse(null)),
                companyNow.get()));
    if (received.isEmpty()) {
      still.add(
          new com.privacydesk.domain.intake.FieldError(IntakeValidation.RECEIVED, "received"));
    }
    fieldErrors.keepOnly(still);
  }

  /**
   * Validates and saves. Errors are shown per field and nothing is saved; on success {@code
   * onSaved} gets the new case id.
   */
  public void save(LongConsumer onSaved) {
    if (saving.get()) {
      return;
    }
    fieldErrors.clear();
    error.set("");
    LocalDateTime received = parseReceived();
    OptOutIntake in =
        new OptOutIntake(email.get(), scope.get(), categories.get(), channel.get(), received);
    var errors = IntakeValidation.validateOptOut(in, companyNow.get());
    if (!fieldErrors.isEmpty() || !errors.isEmpty()) {
      fieldErrors.putAll(
          errors.stream()
              .filter(e -> !(received == null && e.field().equals(IntakeValidation.RECEIVED)))
              .toList());
      return;
    }
    if (!saver.receivedConfirmed(received.toLocalDate(), companyNow.get().toLocalDate())) {
      fieldErrors.put(IntakeValidation.RECEIVED, Messages.get("error.received.unconfirmed"));
      return;
    }
    Long fromMail = mail;
    saver.save(
        d -> () -> intake.logOptOut(actor, in, fromMail == null ? d : d.fromMail(fromMail)),
        id ->
            () -> {
              intake.recordRepeat(actor, id, in.channel(), in.receivedAt(), fromMail);
              return id;
            },
        id -> {
          saved = true;
          onSaved.accept(id);
        });
  }

  /** Fills the form from an incoming message; saving then marks the message converted. */
  public void fromMail(com.privacydesk.app.mail.MailService.IntakeDraft draft) {
    mail = draft.incomingId();
    if (draft.email() != null) {
      email.set(draft.email());
    }
    channel.set(draft.channel());
    receivedDate.set(draft.receivedAt().toLocalDate());
    receivedTime.set(draft.receivedAt().toLocalTime().format(FormSubmission.TIME));
    initial.clear();
    initial.addAll(state());
  }

  /** Received dates further back than this many days are logged only once the agent confirms. */
  public void setConfirmReceivedDays(int days) {
    saver.setConfirmReceivedDays(days);
  }

  /** Who confirms a received date far back (the dialog asks the agent; unset, it is refused). */
  public void setOldReceiptConfirmer(IntakeSaver.OldReceiptConfirmer confirmer) {
    saver.setOldReceiptConfirmer(confirmer);
  }

  /** Who decides about possible duplicates found at saving (the dialog asks the agent). */
  public void setDuplicateResolver(IntakeSaver.Resolver resolver) {
    saver.setResolver(resolver);
  }

  private LocalDateTime parseReceived() {
    if (receivedDate.get() == null) {
      fieldErrors.put(IntakeValidation.RECEIVED, Messages.get("error.received.date"));
      return null;
    }
    return FormSubmission.dateTime(receivedDate.get(), receivedTime.get())
        .orElseGet(
            () -> {
              fieldErrors.put(IntakeValidation.RECEIVED, Messages.get("error.received.time"));
              return null;
            });
  }

  public StringProperty emailProperty() {
    return email;
  }

  public ObjectProperty<OptOutScope> scopeProperty() {
    return scope;
  }

  public StringProperty categoriesProperty() {
    return categories;
  }

  public ObjectProperty<Channel> channelProperty() {
    return channel;
  }

  public ObjectProperty<LocalDate> receivedDateProperty() {
    return receivedDate;
  }

  public StringProperty receivedTimeProperty() {
    return receivedTime;
  }

  /** A problem not tied to one field (e.g. the database refused). */
  public StringProperty errorProperty() {
    return error;
  }

  public FieldErrors fieldErrors() {
    return fieldErrors;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
