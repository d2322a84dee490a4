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
import com.privacydesk.domain.intake.AuthenticationMethod;
import com.privacydesk.domain.intake.CaDisclosureIntake;
import com.privacydesk.domain.intake.ChildDeletionIntake;
import com.privacydesk.domain.intake.CommonIntake;
import com.privacydesk.domain.intake.CoppaTrigger;
import com.privacydesk.domain.intake.CpniBreachIntake;
import com.privacydesk.domain.intake.FieldError;
import com.privacydesk.domain.intake.Intake;
import com.privacydesk.domain.intake.IntakeValidation;
import com.privacydesk.domain.intake.OptOutIntake;
import com.privacydesk.domain.intake.ParentVerification;
import com.privacydesk.domain.intake.PasswordCompromiseIntake;
import com.privacydesk.domain.intake.RequesterKind;
import com.privacydesk.domain.intake.ResidencyBasis;
import com.privacydesk.domain.intake.TypedIntake;
import com.privacydesk.domain.intake.Under13Basis;
import com.privacydesk.domain.types.BuiltInType;
import com.privacydesk.domain.types.FormTypeSpec;
import com.privacydesk.domain.types.IntakeCommon;
import com.privacydesk.domain.types.IntakeField;
import com.privacydesk.domain.types.RequestTypes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The intake form of the CA disclosure, COPPA deletion, password compromise and CPNI breach types:
 * each type asks for what domain.md §2 needs and nothing it forbids. The view renders {@link
 * #fields()}; saving builds the type's intake record and calls the service in the background.
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
    if (RequestTypes.of(type) instanceof FormTypeSpec<?> form) {
      buildFromSpec(form, now);
      return;
    }
    List<Channel> channels = new ArrayList<>(Arrays.asList(Channel.values()));
    if (type != CaseType.CHILD_DATA_DELETION) {
      channels.remove(Channel.INTERNAL);
    }
    add(
        FormField.choice(
            IntakeValidation.CHANNEL,
            channels,
            type == CaseType.CA_DISCLOSURE ? Channel.DESIGNATED_EMAIL : Channel.PHONE));
    add(
        FormField.dateTime(
            IntakeValidation.RECEIVED,
            now.toLocalDate(),
            now.toLocalTime().format(FormSubmission.TIME)));
    List<RequesterKind> kinds =
        type == CaseType.CHILD_DATA_DELETION
            ? List.of(RequesterKind.PARENT, RequesterKind.SELF)
            : List.of(RequesterKind.SELF, RequesterKind.AUTHORIZED_AGENT);
    add(FormField.choice(IntakeValidation.REQUESTER, kinds, kinds.getFirst()));
    add(FormField.text(IntakeValidation.ACCOUNT, true));
    add(FormField.text(IntakeValidation.CONTACT, type != CaseType.PASSWORD_COMPROMISE));
    switch (BuiltInType.of(type)) {
      case CA_DISCLOSURE -> {
        add(FormField.choice(IntakeValidation.RESIDENCY, List.of(ResidencyBasis.values()), null));
        FormField relationship = FormField.check(IntakeValidation.RELATIONSHIP);
        add(relationship);
        add(FormField.text(IntakeValidation.AUTHORITY, false));
      }
      case CHILD_DATA_DELETION -> {
        add(
            FormField.choice(
                IntakeValidation.TRIGGER,
                List.of(CoppaTrigger.values()),
                CoppaTrigger.PARENT_REQUEST));
        add(FormField.choice(IntakeValidation.UNDER13, List.of(Under13Basis.values()), null));
        add(
            FormField.choice(
                IntakeValidation.PARENT_VERIFICATION,
                List.of(ParentVerification.values()),
                ParentVerification.PENDING));
      }
      case PASSWORD_COMPROMISE ->
          add(
              FormField.choice(
                  IntakeValidation.AUTHENTICATION, List.of(AuthenticationMethod.values()), null));
      case EMAIL_OPT_OUT, CPNI_BREACH ->
          throw new IllegalStateException("built above or in its own form: " + type);
    }
  }

  /** The form of a type declared by its spec: the common fields as it asks, then its own. */
  private void buildFromSpec(FormTypeSpec<?> form, LocalDateTime now) {
    IntakeCommon common = form.intakeCommon();
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
    for (IntakeField f : form.intakeFields()) {
      add(
          switch (f.kind()) {
            case TEXT -> FormField.text(f.name(), f.required());
            case CHOICE -> FormField.choice(f.name(), f.choices(), f.initial());
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
              intake.recordRepeat(actor, id, channel, receivedAt);
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

  private Function<Duplicates, Callable<Long>> buildCall() {
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
      return switch (intakeRecord()) {
        // the password case's received date is checked on saving; here only what the form knows
        case CpniBreachIntake in ->
            IntakeValidation.validateCpniBreach(in, LocalDate.MIN, now.toLocalDate());
        case CaDisclosureIntake in -> IntakeValidation.validateCaDisclosure(in, now);
        case ChildDeletionIntake in -> IntakeValidation.validateChildDeletion(in, now);
        case PasswordCompromiseIntake in -> IntakeValidation.validatePasswordCompromise(in, now);
        case TypedIntake in -> RequestTypes.form(type).validateAll(in, now);
        case OptOutIntake in ->
            throw new IllegalStateException("email opt-outs have their own form");
      };
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
    if (RequestTypes.hasForm(type)) {
      Map<String, String> answers = new LinkedHashMap<>();
      for (IntakeField f : RequestTypes.form(type).intakeFields()) {
        FormField field = fields.get(f.name());
        switch (f.kind()) {
          case TEXT -> answers.put(f.name(), field.textProperty().get());
          case CHOICE -> {
            Enum<?> chosen = field.choiceProperty().get();
            answers.put(f.name(), chosen == null ? "" : chosen.name());
          }
        }
      }
      return new TypedIntake(type, common, answers);
    }
    return switch (BuiltInType.of(type)) {
      case CA_DISCLOSURE ->
          new CaDisclosureIntake(
              common,
              (ResidencyBasis) choice(IntakeValidation.RESIDENCY),
              fields.get(IntakeValidation.RELATIONSHIP).checkProperty().get(),
              text(IntakeValidation.AUTHORITY));
      case CHILD_DATA_DELETION ->
          new ChildDeletionIntake(
              common,
              (CoppaTrigger) choice(IntakeValidation.TRIGGER),
              (Under13Basis) choice(IntakeValidation.UNDER13),
              (ParentVerification) choice(IntakeValidation.PARENT_VERIFICATION));
      case PASSWORD_COMPROMISE ->
          new PasswordCompromiseIntake(
              common, (AuthenticationMethod) choice(IntakeValidation.AUTHENTICATION));
      case EMAIL_OPT_OUT, CPNI_BREACH ->
          throw new IllegalStateException("built above or in its own form: " + type);
    };
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
