package com.privacydesk.desktop.ui.detail;

import com.privacydesk.app.cases.CaseFile;
import com.privacydesk.app.port.CaseDetail;
import com.privacydesk.app.port.CaseRepository.Note;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.audit.AuditEntry;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.workflow.CaseAction;
import com.privacydesk.domain.workflow.Outcome;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A case and the work on it: header with state and clocks, the type's facts, links, the checklist,
 * notes and the timeline from the audit trail, and a bar with the actions allowed now. Every action
 * has a mnemonic (Alt + the underlined letter); Ctrl+Enter adds the note typed; F5 reloads; Alt+1
 * to Alt+5 show its sections. It is a view, not a window: the main window shows it as a tab, or in
 * a window of its own when the user detaches it.
 */
public final class CaseView {
  private final CaseDetailViewModel vm;
  private final LongConsumer openOther;
  // opens the CPNI breach intake for this password case (the same as Case → Escalate…)
  private final LongConsumer escalate;
  private final VBox root = new VBox(8);
  private final Label header = new Label(Messages.get("detail.loading"));
  private final Label presence = new Label();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper();
  private final FlowPane actions = new FlowPane(8, 6);
  private final Label message = new Label();
  private final VBox overview = new VBox(8);
  private final GridPane checklist = new GridPane();
  private final ListView<Note> notes = new ListView<>();
  private final TextArea noteInput = new TextArea();
  private final Label noteError = new Label();
  private final Button addNote = new Button(Messages.get("detail.addNote"));
  private final Button correctNote = new Button(Messages.get("detail.note.correct"));
  private final TableView<AuditEntry> timeline = new TableView<>();
  private final TabPane tabs = new TabPane();
  private final LettersPane letters;
  private final CaseDetailPrompts prompts;

  public CaseView(
      CaseDetailViewModel vm,
      LettersViewModel lettersVm,
      java.util.function.Supplier<java.time.ZoneId> zone,
      LongConsumer openOther,
      LongConsumer escalate) {
    this.vm = vm;
    this.openOther = openOther;
    this.escalate = escalate;
    this.letters =
        new LettersPane(
            lettersVm, () -> vm.fileProperty().get().detail().summary().version(), vm::today, zone);
    this.prompts = new CaseDetailPrompts(vm, () -> root.getScene().getWindow());
    title.set(Messages.get("detail.title", vm.caseId()));
    tabTitle.set(Messages.get("detail.tabTitle", vm.caseId(), ""));
    createParts();
    // an invalidation listener: a reload that finds the same state (a refused change) must still
    // redraw, so that a clicked checkbox shows the stored state again
    vm.fileProperty().addListener((javafx.beans.Observable o) -> render(vm.fileProperty().get()));
    vm.historyProperty()
        .addListener((javafx.beans.Observable o) -> renderHistory(vm.historyProperty().get()));
    // a change disables the controls while it runs, which would push the focus on to the next
    // enabled control (e.g. "Close case…"): remember where it was and put it back after the redraw
    // (an invalidation listener added before any control is bound to busy: it runs first)
    vm.busyProperty()
        .addListener(
            (javafx.beans.Observable o) -> {
              if (vm.busyProperty().get()) {
                rememberFocus();
              } else {
                restoreFocus();
              }
            });
    vm.errorProperty()
        .addListener((o, was, now) -> showMessage(now, now.isEmpty() ? "" : "form-error"));
    vm.infoProperty().addListener((o, was, now) -> showMessage(now, "detail-info"));
  }

  /** The smallest a detached case window may be: its sections and checklist all show. */
  public static final double MIN_WIDTH = 820;

  public static final double MIN_HEIGHT = 560;

  private void createParts() {
    actions.setId("detail-actions");
    message.setId("detail-message");
    message.setWrapText(true);
    message.setMaxWidth(Double.MAX_VALUE);
    // the tabs take what is left: a long refusal keeps its lines instead of ending in "…"
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    message.managedProperty().bind(message.textProperty().isNotEmpty());

    overview.getStyleClass().add("detail");
    ScrollPane overviewScroll = new ScrollPane(overview);
    overviewScroll.setFitToWidth(true);

    checklist.setId("detail-checklist");
    checklist.getStyleClass().add("form-grid");
    // fixed columns: a tick changes the texts of a line, never the width of the columns
    javafx.scene.layout.ColumnConstraints item = new javafx.scene.layout.ColumnConstraints(360);
    javafx.scene.layout.ColumnConstraints evidence = new javafx.scene.layout.ColumnConstraints(320);
    javafx.scene.layout.ColumnConstraints state = new javafx.scene.layout.ColumnConstraints();
    state.setHgrow(Priority.ALWAYS);
    state.setMinWidth(180);
    checklist.getColumnConstraints().setAll(item, evidence, state);
    ScrollPane checklistScroll = new ScrollPane(checklist);
    checklistScroll.setFitToWidth(true);

    notes.setId("detail-notes");
    notes.setCellFactory(l -> new NoteCell());
    noteInput.setId("detail-note-input");
    noteInput.setPrefRowCount(3);
    noteInput.setWrapText(true);
    noteInput.setPromptText(Messages.get("detail.note.prompt"));
    noteInput.textProperty().bindBidirectional(vm.noteTextProperty());
    noteInput.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (NOTE_SHORTCUT.match(e)) {
            e.consume();
            addNote.fire();
          }
        });
    noteError.setId("detail-note-error");
    noteError.getStyleClass().add("form-error");
    noteError.setWrapText(true);
    noteError.textProperty().bind(vm.noteErrorProperty());
    addNote.setId("detail-add-note");
    addNote.setTooltip(new Tooltip(Messages.get("detail.addNote.tip")));
    addNote.disableProperty().bind(vm.busyProperty().or(noteInput.textProperty().isEmpty()));
    addNote.setOnAction(e -> vm.addNote());
    Label hint = new Label(Messages.get("detail.note.hint"));
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    // how much room is left, before the limit is reached rather than after
    Label noteCount = new Label();
    noteCount.setId("detail-note-count");
    noteCount.getStyleClass().add("hint");
    noteCount
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    Messages.get(
                        "detail.note.count",
                        noteInput.getText().length(),
                        com.privacydesk.app.cases.WorkflowService.NOTE_MAX),
                noteInput.textProperty()));
    javafx.css.PseudoClass over = javafx.css.PseudoClass.getPseudoClass("over-limit");
    noteInput
        .lengthProperty()
        .addListener(
            (o, was, now) ->
                noteCount.pseudoClassStateChanged(
                    over, now.intValue() > com.privacydesk.app.cases.WorkflowService.NOTE_MAX));
    javafx.scene.control.CheckBox correspondence =
        new javafx.scene.control.CheckBox(Messages.get("detail.note.correspondence"));
    correspondence.setId("detail-note-correspondence");
    correspondence.selectedProperty().bindBidirectional(vm.noteCorrespondenceProperty());
    correspondence.setTooltip(new Tooltip(Messages.get("detail.note.correspondence.tip")));
    correctNote.setId("detail-correct-note");
    correctNote.setTooltip(new Tooltip(Messages.get("detail.note.correct.tip")));
    correctNote
        .disableProperty()
        .bind(
            vm.busyProperty()
                .or(
                    javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> {
                          Note n = notes.getSelectionModel().getSelectedItem();
                          return n == null || !vm.canCorrect(n.id());
                        },
                        notes.getSelectionModel().selectedItemProperty(),
                        vm.fileProperty())));
    correctNote.setOnAction(
        e -> {
          Note n = notes.getSelectionModel().getSelectedItem();
          if (n != null) {
            prompts.askCorrection(n.body()).ifPresent(text -> vm.correctNote(n.id(), text));
          }
        });
    javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox noteActions = new HBox(12, addNote, correspondence, noteCount, grow, correctNote);
    noteActions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox notesBox = new VBox(8, notes, hint, noteInput, noteError, noteActions);
    VBox.setVgrow(notes, Priority.ALWAYS);

    timeline.setId("detail-timeline");
    timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    timeline
        .getColumns()
        .setAll(
            List.of(
                column("detail.timeline.when", 130, e -> vm.at(e.occurredAt())),
                column("detail.timeline.who", 100, AuditEntry::actorName),
                column("detail.timeline.what", 170, vm::actionText),
                column("detail.timeline.detail", 0, vm::detailText)));

    Tab overviewTab = new Tab(Messages.get("detail.tab.overview"), overviewScroll);
    Tab checklistTab = new Tab(Messages.get("detail.tab.checklist"), checklistScroll);
    checklistTab.setId("detail-tab-checklist");
    Tab notesTab = new Tab(Messages.get("detail.tab.notes"), notesBox);
    notesTab.setId("detail-tab-notes");
    Tab timelineTab = new Tab(Messages.get("detail.tab.timeline"), timeline);
    timelineTab.setId("detail-tab-timeline");
    Tab lettersTab = new Tab(Messages.get("detail.tab.letters"), letters.root());
    lettersTab.setId("detail-tab-letters");
    tabs.getTabs().setAll(overviewTab, checklistTab, notesTab, lettersTab, timelineTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setAccessibleText(Messages.get("detail.sections"));
    tabs.setId("detail-tabs");
    VBox.setVgrow(tabs, Priority.ALWAYS);

    header.setId("detail-header");
    header.getStyleClass().add("case-header");
    header.setWrapText(true);
    header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    presence.setId("detail-presence");
    presence.getStyleClass().add("presence");
    presence.setWrapText(true);
    presence.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    presence.managedProperty().bind(presence.textProperty().isNotEmpty());
    presence.visibleProperty().bind(presence.managedProperty());
    root.getChildren().setAll(header, presence, actions, message, tabs);
    root.getStyleClass().add("case-view");
    // in a window of its own it opens at this size (its long lines wrap instead of widening it);
    // in a tab it takes the tab's room
    root.setPrefSize(920, 640);
    root.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.F5) {
            e.consume();
            vm.reload();
          } else if (e.isAltDown() && !e.isShortcutDown() && e.getCode().isDigitKey()) {
            // Alt+1 … Alt+5: the case's sections, from anywhere in the case
            int at = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (at >= 0 && at < tabs.getTabs().size()) {
              e.consume();
              tabs.getSelectionModel().select(at);
            }
          }
        });
  }

  /**
   * Fires the enabled action whose underlined letter is {@code key}, if the focus is in this case:
   * the window calls it before its menus see Alt+letter (Alt+C: Close case, not the Case menu).
   *
   * @return whether the letter is one of this case's actions (fired unless a change is running)
   */
  public boolean fireAction(KeyCode key) {
    if (!focusWithin()) {
      return false;
    }
    for (Node n : actions.getChildren()) {
      if (n instanceof Button b && key.equals(mnemonic(b.getText()))) {
        // while a change runs its actions are off: the letter is still the case's, not a menu's
        if (!b.isDisabled()) {
          b.fire();
        }
        return true;
      }
    }
    return false;
  }

  private boolean focusWithin() {
    Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
    for (Node n = focus; n != null; n = n.getParent()) {
      if (root.equals(n)) {
        return true;
      }
    }
    return false;
  }

  private static @org.jspecify.annotations.Nullable KeyCode mnemonic(String text) {
    int at = text.indexOf('_');
    return at < 0 || at + 1 >= text.length()
        ? null
        : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(text.charAt(at + 1))));
  }

  private static final KeyCombination NOTE_SHORTCUT =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  private static TableColumn<AuditEntry, String> column(
      String key, double width, java.util.function.Function<AuditEntry, String> value) {
    TableColumn<AuditEntry, String> c = new TableColumn<>(Messages.get(key));
    if (width > 0) {
      c.setMinWidth(width);
      c.setMaxWidth(width);
    }
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setCellFactory(
        col ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new Tooltip(text));
              }
            });
    c.setSortable(false);
    return c;
  }

  private String focusedId;

  private void rememberFocus() {
    javafx.scene.Scene scene = root.getScene();
    Node owner = scene == null ? null : scene.getFocusOwner();
    if (owner != null && owner.getId() != null) {
      focusedId = owner.getId();
    }
  }

  private void restoreFocus() {
    String id = focusedId;
    if (id == null) {
      return;
    }
    focusedId = null;
    // after the controls bound to busy are enabled again (they are notified after this listener)
    com.privacydesk.desktop.ui.common.FxThread.later(
        () -> {
          Node again = root.lookup("#" + id);
          if (again != null && !again.isDisabled() && again.isVisible()) {
            again.requestFocus();
          }
        });
  }

  private void showMessage(String text, String styleClass) {
    message.setText(text);
    message.getStyleClass().removeAll("form-error", "detail-info");
    if (!styleClass.isEmpty()) {
      message.getStyleClass().add(styleClass);
    }
  }

  private void render(CaseFile f) {
    if (f == null) {
      return;
    }
    var s = f.detail().summary();
    title.set(Messages.get("detail.windowTitle", s.id(), Messages.get("type." + s.type())));
    tabTitle.set(Messages.get("detail.tabTitle", s.id(), Messages.get("type.short." + s.type())));
    letters.show(s.id(), s.type());
    String state = Messages.get("status." + s.status());
    if (f.outcome() != null) {
      state = Messages.get("detail.withOutcome", state, Messages.value(f.outcome()));
    } else if (f.pendingOutcome() != null) {
      state = Messages.get("detail.underReview", state, Messages.value(f.pendingOutcome()));
    }
    if (f.holdEnd().isPresent()) {
      state = Messages.get("detail.holdUntil", state, f.holdEnd().get().toString());
    }
    header.setText(
        Messages.get(
            "detail.header",
            s.id(),
            Messages.get("type." + s.type()),
            state,
            s.receivedDate().toString(),
            s.assigneeName() == null ? Messages.get("queue.unassigned") : s.assigneeName()));
    renderActions(f);
    renderOverview(f);
    ChecklistGrid.render(checklist, f, vm, escalate);
    notes.getItems().setAll(f.notes());
    timeline.getItems().setAll(f.timeline());
    if (!timeline.getItems().isEmpty()) {
      timeline.scrollTo(timeline.getItems().size() - 1);
    }
    // notes are for cases being worked (an ended COPPA case has had its notes redacted)
    noteInput.setDisable(!f.detail().summary().status().isOpen());
  }

  private void renderActions(CaseFile f) {
    actions.getChildren().clear();
    for (CaseAction a : CaseAction.values()) {
      if (!f.actions().contains(a)) {
        continue;
      }
      Button b = button("detail.action." + a, "action-" + a);
      b.setOnAction(e -> onAction(f, a));
      actions.getChildren().add(b);
    }
    if (f.duplicateInYearOf().isPresent()
        && f.closeOutcomes().contains(Outcome.DUPLICATE_IN_YEAR)) {
      Button b = button("detail.action.duplicateInYear", "action-DUPLICATE_IN_YEAR");
      b.setTooltip(
          new Tooltip(Messages.get("detail.duplicateInYear.tip", f.duplicateInYearOf().get())));
      b.setOnAction(e -> vm.perform(CaseAction.CLOSE, Outcome.DUPLICATE_IN_YEAR));
      actions.getChildren().add(b);
    }
    if (vm.canEditContact()) {
      Button editButton = button("detail.action.edit", "action-edit");
      editButton.setOnAction(e -> prompts.editContact());
      actions.getChildren().add(editButton);
    }
    if (vm.canTake()) {
      Button take = button("detail.action.take", "action-take");
      take.setOnAction(e -> vm.take());
      actions.getChildren().add(take);
    }
    if (f.detail().summary().status().isOpen()) {
      Button link = button("detail.action.link", "action-link");
      link.setOnAction(e -> prompts.askLink());
      actions.getChildren().add(link);
    }
    actions.getChildren().forEach(n -> ((Button) n).disableProperty().bind(vm.busyProperty()));
  }

  private static Button button(String key, String id) {
    Button b = new Button(Messages.get(key));
    b.setMnemonicParsing(true);
    b.setId(id);
    return b;
  }

  private void onAction(CaseFile f, CaseAction a) {
    switch (a) {
      case CLOSE ->
          prompts.chooseOutcome(f.closeOutcomes(), "detail.close").ifPresent(o -> vm.perform(a, o));
      case SUBMIT_FOR_REVIEW ->
          prompts
              .chooseOutcome(f.reviewOutcomes(), "detail.submit")
              .ifPresent(o -> vm.perform(a, o));
      case REOPEN -> {
        if (prompts.confirm(Messages.get("detail.reopen.confirm"))) {
          vm.perform(a, null);
        }
      }
      case APPROVE, SEND_BACK ->
          prompts.askReviewComment(a).ifPresent(comment -> vm.perform(a, null, comment));
      default -> vm.perform(a, null);
    }
  }

  private void renderOverview(CaseFile f) {
    CaseDetail d = f.detail();
    GridPane facts = new GridPane();
    facts.getStyleClass().add("form-grid");
    int row = 0;
    for (CaseDetail.Fact fact : d.facts()) {
      Label value = new Label(vm.factValue(fact));
      value.setWrapText(true);
      value.setId("fact-" + fact.field());
      Label name = new Label(Messages.get("field." + fact.field()));
      // a fact's name is never cut ("Received at a designated ad…"): its value wraps instead
      name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      facts.addRow(row++, name, value);
    }
    if (vm.hasMaskedData()) {
      Button reveal = new Button(Messages.get("detail.reveal.button"));
      reveal.setId("reveal-personal");
      reveal.setOnAction(e -> prompts.askReveal(() -> renderOverview(vm.fileProperty().get())));
      Label hint = new Label(Messages.get("detail.reveal.hint"));
      hint.getStyleClass().add("hint");
      hint.setWrapText(true);
      facts.addRow(row, reveal, hint);
    } else if (vm.isRevealed()) {
      Label shown = new Label(Messages.get("detail.reveal.shown"));
      shown.setId("revealed-note");
      shown.getStyleClass().add("hint");
      shown.setWrapText(true);
      facts.add(shown, 0, row, 2, 1);
    }
    VBox clocks = new VBox();
    clocks.getStyleClass().add("clock-list");
    for (CaseClock c : d.clocks()) {
      Label line = new Label(vm.clockLine(c));
      line.getStyleClass().add("clock-line");
      line.setId("clock-" + c.name());
      Label why =
          new Label(c.explanation().stream().map(l -> "  " + l).collect(Collectors.joining("\n")));
      why.getStyleClass().add("clock-explanation");
      why.setWrapText(true);
      clocks.getChildren().addAll(line, why);
    }
    Label version =
        new Label(Messages.get("detail.ruleVersion", Messages.ruleVersion(d.ruleVersion())));
    version.getStyleClass().add("hint");
    clocks.getChildren().add(version);
    overview.getChildren().setAll(titled("detail.facts", facts), titled("detail.clocks", clocks));
    VBox links = new VBox(4);
    for (CaseDetail.Link l : d.links()) {
      Hyperlink link = new Hyperlink(Messages.get("link." + l.kind(), l.otherCaseId()));
      link.setId("link-" + l.otherCaseId());
      link.setOnAction(e -> openOther.accept(l.otherCaseId()));
      links.getChildren().add(link);
    }
    if (links.getChildren().isEmpty()) {
      links.getChildren().add(new Label(Messages.get("detail.links.none")));
    }
    overview.getChildren().addAll(titled("detail.links", links), titled("detail.history", history));
    renderHistory(vm.historyProperty().get());
  }

  /** The requester's other requests, filled in when they have been looked up. */
  private final VBox history = new VBox(4);

  private void renderHistory(com.privacydesk.app.cases.CaseQueries.RequesterHistory h) {
    history.setId("requester-history");
    if (h == null) {
      history.getChildren().setAll(new Label(Messages.get("detail.history.loading")));
      return;
    }
    history.getChildren().clear();
    for (com.privacydesk.app.port.RelatedCase c : h.cases()) {
      Hyperlink link = new Hyperlink(vm.historyLine(c));
      link.setId("history-" + c.id());
      link.setOnAction(e -> openOther.accept(c.id()));
      history.getChildren().add(link);
    }
    if (h.more()) {
      history
          .getChildren()
          .add(
              new Label(
                  Messages.get(
                      "detail.history.more", com.privacydesk.app.cases.CaseQueries.HISTORY_LIMIT)));
    }
    if (h.purged() > 0) {
      Label purged = new Label(Messages.get("detail.history.purged", h.purged()));
      purged.setId("history-purged");
      purged.setWrapText(true);
      history.getChildren().add(purged);
    }
    if (history.getChildren().isEmpty()) {
      history.getChildren().add(new Label(Messages.get("detail.history.none")));
    }
  }

  private static TitledPane titled(String key, Node body) {
    TitledPane pane = new TitledPane(Messages.get(key), body);
    pane.setCollapsible(false);
    return pane;
  }

  private final class NoteCell extends ListCell<Note> {
    // a label as wide as the list: its lines wrap, and the cell grows to all of them (a corrected
    // note shows its earlier texts under it)
    private final Label content = new Label();

    NoteCell() {
      content.setWrapText(true);
      content.prefWidthProperty().bind(notes.widthProperty().subtract(36));
      content.maxWidthProperty().bind(content.prefWidthProperty());
      content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(Note n, boolean empty) {
      super.updateItem(n, empty);
      if (empty || n == null) {
        setText(null);
        setGraphic(null);
        return;
      }
      StringBuilder text =
          new StringBuilder(
              Messages.get(
                  n.correspondence() ? "detail.note.line.correspondence" : "detail.note.line",
                  n.author(),
                  vm.at(n.at())));
      if (!n.earlier().isEmpty()) {
        text.append(' ').append(Messages.get("detail.note.corrected", vm.at(n.writtenAt())));
      }
      text.append('\n').append(n.redacted() ? Messages.get("detail.note.redacted") : n.body());
      for (var earlier : n.earlier()) {
        text.append('\n')
            .append(
                Messages.get(
                    "detail.note.earlier",
                    vm.at(earlier.writtenAt()),
                    earlier.redacted() ? Messages.get("detail.note.redacted") : earlier.body()));
      }
      content.setText(text.toString());
      setText(text.toString()); // for screen readers and the tests; the label draws it
      setGraphic(content);
    }
  }

  /** The view, for a tab or a window of its own. */
  public javafx.scene.Parent root() {
    return root;
  }

  /** "Case #12 · California disclosure", for a window's title and the tab's tooltip. */
  public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** "#12 CA disclosure": short, for a tab. */
  public javafx.beans.property.ReadOnlyStringProperty tabTitleProperty() {
    return tabTitle.getReadOnlyProperty();
  }

  /** Who else has this case open (team mode), or empty. */
  public void showPresence(String text) {
    presence.setText(text);
  }

  /** True while the note box holds text not yet added: closing the case would lose it. */
  public boolean hasUnaddedNote() {
    return !noteInput.getText().isBlank();
  }

  /** Puts the keyboard focus in the case: its first action, else its sections. */
  public void focus() {
    Node first = actions.getChildren().isEmpty() ? tabs : actions.getChildren().getFirst();
    first.requestFocus();
  }
}
