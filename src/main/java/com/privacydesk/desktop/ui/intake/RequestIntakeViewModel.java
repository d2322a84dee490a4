package com.privacydesk.desktop.ui.intake;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.cases.IntakeService;
import com.privacydesk.desktop.ui.common.FieldErrors;
import com.privacydesk.desktop.ui.common.FormSubmission;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.Intake;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.IntakeForm;
import com.privacydesk.domain.types.RequestTypes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The intake form of every type but the email opt-out (which has its own, with its import): the
 * fields its spec's {@link IntakeForm} declares, or for a CPNI breach the escalation's own. The
 * view renders {@link #fields()}; saving builds the type's intake record and calls the service in
 * the background.
 */
public final class RequestIntakeViewModel {

  private final CaseType type;
  private final IntakeService intake;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Supplier<LocalDateTime> companyNow;
  private final long passwordCaseId;
  private final Map<String, FormField> fields = new LinkedHashMap<>();
  private final FieldErrors fieldErrors = new FieldErrors();
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final IntakeSaver saver;
  private Long mail;

  /**
   * @param passwordCaseId for CPNI_BREACH: the password-compromise case it escalates (else 0)
   */
  public RequestIntakeViewModel(
      CaseType type,
      IntakeService intake,
      Actor actor,
      UiTaskRunner tasks,
      Supplier<LocalDateTime> companyNow,
      long passwordCaseId) {
    if (type == CaseType.EMAIL_OPT_OUT) {
      throw new IllegalArgumentException("email opt-outs have their own form");
    }
    this.type = type;
    this.intake = intake;
    this.actor = actor;
    this.tasks = tasks;
    this.saver = new IntakeSaver(tasks, saving, fieldErrors, error);
    this.companyNow = companyNow;
    this.passwordCaseId = passwordCaseId;
    build();
  }

  private void build() {
    LocalDateTime now = companyNow.get();
    if (type == CaseType.CPNI_BREACH) {
      add(FormField.date(IntakeValidation.DETERMINED_ON, true, now.toLocalDate()));
      add(FormField.text(IntakeValidation.DETERMINED_BY, true));
      add(FormField.longText(IntakeValidation.DESCRIPTION, true));
      add(FormField.date(IntakeValidation.NOTIFIED_ON, false, null));
      return;
    }
    buildFrom(form(), now);
  }

  /** The type's form as its spec declares it (every type but the two with forms of their own). */
  private IntakeForm form() {
    return RequestTypes.of(type)
        .intakeForm()
        .orElseThrow(() -> new IllegalStateException(type + " is logged in a form of its own"));
  }

  /** The common fields as the form asks them, then its own. */
  private void buildFrom(IntakeForm form, LocalDateTime now) {
    IntakeCommon common = form.common();
    add(FormField.choice(IntakeValidation.CHANNEL, common.channels(), common.initialChannel()));
    add(
        FormField.dateTime(
            IntakeValidation.RECEIVED,
            now.toLocalDate(),
            now.toLocalTime().format(FormSubmission.TIME)));
    add(
        FormField.choice(
            IntakeValidation.REQUESTER,
            common.requesterKinds(),
            common.requesterKinds().getFirst()));
    add(FormField.text(IntakeValidation.ACCOUNT, common.accountRequired()));
    add(FormField.text(IntakeValidation.CONTACT, common.contactRequired()));
    for (IntakeField f : form.fields()) {
      add(
          switch (f.kind()) {
            case TEXT -> FormField.text(f.name(), f.required());
            case CHOICE -> FormField.choice(f.name(), f.choices(), f.initial());
            case CHECK -> FormField.check(f.name());
          });
    }
  }

  private void add(FormField f) {
    fields.put(f.name(), f);
    javafx.beans.InvalidationListener changed = o -> revalidate();
    f.textProperty().addListener(changed);
    f.choiceProperty().addListener(changed);
    f.dateProperty().addListener(changed);
    f.checkProperty().addListener(changed);
  }

  private java.util.List<Object> initial;
  private boolean saved;

  /** Every field's value, to tell unsaved changes. */
  private java.util.List<Object> state() {
    java.util.List<Object> values = new java.util.ArrayList<>();
    for (FormField f : fields.values()) {
      values.add(f.textProperty().get());
      values.add(f.choiceProperty().get());
      values.add(f.dateProperty().get());
      values.add(f.checkProperty().get());
    }
    return values;
  }

  /** Whether the form holds something typed that was not saved. */
  public boolean hasUnsavedChanges() {
    if (initial == null) {
      initial = state();
    }
    return !saved && !initial.equals(state());
  }

  /** Takes the form as it is now (defaults filled in) as the state nothing was typed into. */
  public void markPristine() {
    initial = state();
  }

  /** Validates and saves; on success {@code onSaved} gets the new case id. */
  public void save(LongConsumer onSaved) {
    if (saving.get()) {
      return;
    }
    LongConsumer whenSaved = onSaved;
    onSaved =
        id -> {
          saved = true;
          whenSaved.accept(id);
        };
    fieldErrors.clear();
    error.set("");
    Function<Duplicates, Callable<Long>> call;
    try {
      call = buildCall();
    } catch (TimeFormat e) {
      fieldErrors.put(IntakeValidation.RECEIVED, Messages.get("error.received.time"));
      return;
    }
    if (type == CaseType.CPNI_BREACH) {
      FormSubmission.submit(
          tasks, saving, fieldErrors, error, call.apply(Duplicates.ignore()), onSaved::accept);
      return;
    }
    Channel channel = (Channel) choice(IntakeValidation.CHANNEL);
    LocalDateTime receivedAt = received();
    if (receivedAt != null
        && currentErrors().isEmpty()
        && !saver.receivedConfirmed(receivedAt.toLocalDate(), companyNow.get().toLocalDate())) {
      fieldErrors.put(IntakeValidation.RECEIVED, Messages.get("error.received.unconfirmed"));
      return;
    }
    saver.save(
        call,
        id ->
            () -> {
              intake.recordRepeat(actor, id, channel, receivedAt, mail);
              return id;
            },
        onSaved);
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

  /**
   * Fills the form from an incoming message: its channel (a designated mailbox's), the server's
   * received time and the sender as the reply contact; saving then marks the message converted.
   */
  public void fromMail(com.privacydesk.app.mail.MailService.IntakeDraft draft) {
    mail = draft.incomingId();
    FormField channel = fields.get(IntakeValidation.CHANNEL);
    if (channel != null && channel.choices().contains(draft.channel())) {
      channel.choiceProperty().set(draft.channel());
    }
    FormField received = fields.get(IntakeValidation.RECEIVED);
    if (received != null) {
      received.dateProperty().set(draft.receivedAt().toLocalDate());
      received.textProperty().set(draft.receivedAt().toLocalTime().format(FormSubmission.TIME));
    }
    FormField contact = fields.get(IntakeValidation.CONTACT);
    if (contact != null && draft.email() != null) {
      contact.textProperty().set(draft.email());
    }
    markPristine();
  }

  /** The incoming message this form was filled from, or null. */
  public Long mail() {
    return mail;
  }

  private Function<Duplicates, Callable<Long>> buildCall() {
    Function<Duplicates, Callable<Long>> call = plainCall();
    return mail == null ? call : d -> call.apply(d.fromMail(mail));
  }

  private Function<Duplicates, Callable<Long>> plainCall() {
    return switch (intakeRecord()) {
      case CpniBreachIntake in -> d -> () -> intake.openCpniBreach(actor, in);
      case CaDisclosureIntake in -> d -> () -> intake.logCaDisclosure(actor, in, d);
      case ChildDeletionIntake in -> d -> () -> intake.logChildDeletion(actor, in, d);
      case PasswordCompromiseIntake in -> d -> () -> intake.logPasswordCompromise(actor, in, d);
      case TypedIntake in -> d -> () -> intake.logTyped(actor, in, d);
      case OptOutIntake in -> throw new IllegalStateException("email opt-outs have their own form");
    };
  }

  /** What is wrong with the form as it is now (the same rules the service applies on saving). */
  private List<FieldError> currentErrors() {
    LocalDateTime now = companyNow.get();
    try {
      Intake in = intakeRecord();
      // the password case's received date is checked on saving; here only what the form knows
      return in instanceof CpniBreachIntake breach
          ? IntakeValidation.validateCpniBreach(breach, LocalDate.MIN, now.toLocalDate())
          : form().validate(in, now);
    } catch (TimeFormat e) {
      return List.of(new FieldError(IntakeValidation.RECEIVED, "received.time"));
    }
  }

  /**
   * After a refused save, an error goes away as soon as its field holds a valid value (no new
   * errors appear while typing: those wait for the next save).
   */
  private void revalidate() {
    if (!fieldErrors.isEmpty()) {
      fieldErrors.keepOnly(currentErrors());
    }
  }

  /** The intake record the form describes now (a {@code TimeFormat} for an unreadable time). */
  private Intake intakeRecord() {
    if (type == CaseType.CPNI_BREACH) {
      return new CpniBreachIntake(
          passwordCaseId,
          date(IntakeValidation.DETERMINED_ON),
          text(IntakeValidation.DETERMINED_BY),
          text(IntakeValidation.DESCRIPTION),
          date(IntakeValidation.NOTIFIED_ON));
    }
    var common =
        new CommonIntake(
            (Channel) choice(IntakeValidation.CHANNEL),
            received(),
            (RequesterKind) choice(IntakeValidation.REQUESTER),
            text(IntakeValidation.ACCOUNT),
            text(IntakeValidation.CONTACT));
    IntakeForm form = form();
    Map<String, Object> answers = new HashMap<>();
    for (IntakeField f : form.fields()) {
      FormField field = fields.get(f.name());
      answers.put(
          f.name(),
          switch (f.kind()) {
            case TEXT -> field.textProperty().get();
            case CHOICE -> field.choiceProperty().get();
            case CHECK -> field.checkProperty().get();
          });
    }
    return form.record(common, new IntakeForm.Answers(answers));
  }

  private static final class TimeFormat extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private LocalDateTime received() {
    FormField f = fields.get(IntakeValidation.RECEIVED);
    if (f.dateProperty().get() == null) {
      return null;
    }
    return FormSubmission.dateTime(f.dateProperty().get(), f.textProperty().get())
        .orElseThrow(TimeFormat::new);
  }

  private String text(String name) {
    return fields.get(name).textProperty().get();
  }

  private Enum<?> choice(String name) {
    return fields.get(name).choiceProperty().get();
  }

  private java.time.LocalDate date(String name) {
    return fields.get(name).dateProperty().get();
  }

  /** The case type this form logs. */
  public CaseType type() {
    return type;
  }

  /** The fields in display order. */
  public List<FormField> fields() {
    return List.copyOf(fields.values());
  }

  /** For CPNI_BREACH: the password-compromise case escalated. */
  public long passwordCaseId() {
    return passwordCaseId;
  }

  public FieldErrors fieldErrors() {
    return fieldErrors;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
