package com.privacydesk.desktop.ui.intake;

import com.privacydesk.app.cases.Duplicates;
import com.privacydesk.app.cases.DuplicatesFoundException;
import com.privacydesk.desktop.ui.common.FieldErrors;
import com.privacydesk.desktop.ui.common.FormSubmission;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.workflow.DuplicateRules;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

/**
 * Saves a new request the way every intake form does: first with the duplicate check; when intake
 * finds possible duplicates, the {@link Resolver} (the agent) decides: create anyway, create and
 * link, or record the repeat on an existing case. Nothing is merged silently, nothing typed is
 * lost.
 */
final class IntakeSaver {
  /** Asks the agent what to do about possible duplicates; empty to go back to the form. */
  @FunctionalInterface
  interface Resolver {
    Optional<Decision> decide(List<DuplicateRules.Match> matches);
  }

  /**
   * Save with {@code duplicates}, or (when {@code recordOn} is set) record on that case instead.
   */
  record Decision(Duplicates duplicates, Long recordOn) {
    static Decision create(Duplicates d) {
      return new Decision(d, null);
    }

    static Decision recordOn(long caseId) {
      return new Decision(null, caseId);
    }
  }

  private final UiTaskRunner tasks;
  private final BooleanProperty busy;
  private final FieldErrors fieldErrors;
  private final StringProperty error;
  private Resolver resolver = matches -> Optional.empty();

  /** Asks the agent whether a received date far back is meant; false to go back to the form. */
  @FunctionalInterface
  interface OldReceiptConfirmer {
    boolean confirm(long daysAgo, java.time.LocalDate received);
  }

  private int confirmReceivedDays =
      com.privacydesk.app.CompanySettings.DEFAULTS.confirmReceivedDays();
  private OldReceiptConfirmer oldReceipt = (days, received) -> false;

  IntakeSaver(
      UiTaskRunner tasks, BooleanProperty busy, FieldErrors fieldErrors, StringProperty error) {
    this.tasks = tasks;
    this.busy = busy;
    this.fieldErrors = fieldErrors;
    this.error = error;
  }

  void setResolver(Resolver resolver) {
    this.resolver = resolver;
  }

  void setConfirmReceivedDays(int days) {
    this.confirmReceivedDays = days;
  }

  void setOldReceiptConfirmer(OldReceiptConfirmer confirmer) {
    this.oldReceipt = confirmer;
  }

  /**
   * Whether a request received on {@code received} may be logged on {@code today}: yes when it is
   * recent (the setting's number of days), else only when the agent confirms the date.
   */
  boolean receivedConfirmed(java.time.LocalDate received, java.time.LocalDate today) {
    if (!received.plusDays(confirmReceivedDays).isBefore(today)) {
      return true;
    }
    return oldReceipt.confirm(
        java.time.temporal.ChronoUnit.DAYS.between(received, today), received);
  }

  /**
   * Runs {@code create} with the duplicate check; {@code recordOn} records the request on an
   * existing case and returns that case's id. {@code onSaved} gets the id either way.
   */
  void save(
      Function<Duplicates, Callable<Long>> create,
      LongFunction<Callable<Long>> recordOn,
      LongConsumer onSaved) {
    run(create.apply(Duplicates.check()), create, recordOn, onSaved);
  }

  private void run(
      Callable<Long> call,
      Function<Duplicates, Callable<Long>> create,
      LongFunction<Callable<Long>> recordOn,
      LongConsumer onSaved) {
    FormSubmission.submit(
        tasks,
        busy,
        fieldErrors,
        call,
        onSaved::accept,
        ex -> {
          if (ex instanceof DuplicatesFoundException found) {
            resolver
                .decide(found.matches())
                .ifPresent(
                    d ->
                        run(
                            d.recordOn() != null
                                ? recordOn.apply(d.recordOn())
                                : create.apply(d.duplicates()),
                            create,
                            recordOn,
                            onSaved));
          } else {
            error.set(Messages.describe(ex));
          }
        });
  }
}
