package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.Actor;
import com.privacydesk.app.cases.CaseQueries;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.desktop.ui.common.UiTaskRunner;
import com.privacydesk.domain.calendar.CaseClock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One case, loaded in the background: its facts, clocks with explanations, and links. */
public final class CaseDetailViewModel {
  private final CaseQueries queries;
  private final Actor actor;
  private final UiTaskRunner tasks;
  private final Supplier<LocalDate> companyToday;
  private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty("");

  public CaseDetailViewModel(
      CaseQueries queries, Actor actor, UiTaskRunner tasks, Supplier<LocalDate> companyToday) {
    this.queries = queries;
    this.actor = actor;
    this.tasks = tasks;
    this.companyToday = companyToday;
  }

  /** Loads case {@code id}. */
  public void load(long id) {
    error.set("");
    tasks.run(() -> queries.detail(actor, id), detail::set, ex -> error.set(Messages.describe(ex)));
  }

  /** "Due 2026-12-07 (Mon) · 16 days left · 10 business days". */
  public String clockLine(CaseClock c) {
    String left = Messages.timeLeft(companyToday.get(), c.due());
    if (c.days() == 0) {
      return Messages.get(
          "detail.clockLineSameDay", Messages.get("clock." + c.name()), c.due().toString(), left);
    }
    return Messages.get(
        "detail.clockLine",
        Messages.get("clock." + c.name()),
        c.due().toString(),
        left,
        c.days(),
        Messages.get("dayType." + c.dayType()));
  }

  /** A fact's value as shown: enum constants through the bundle, booleans as yes/no. */
  public String factValue(CaseDetail.Fact fact) {
    String v = fact.value();
    if (v.equals("true") || v.equals("false")) {
      return Messages.get("value." + v);
    }
    String key = "value." + v;
    String text = Messages.get(key);
    return text.equals(key) ? v : text;
  }

  public ObjectProperty<CaseDetail> detailProperty() {
    return detail;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
