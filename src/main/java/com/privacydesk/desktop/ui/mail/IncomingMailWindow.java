package com.privacydesk.desktop.ui.mail;

import com.privacydesk.app.mail.MailService;
import com.privacydesk.app.port.IncomingMail;
import com.privacydesk.desktop.ui.common.Messages;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.mail.Dismissal;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The incoming mail window: the messages not handled yet (the server's received time first, the
 * Date: header beside it, the suggested type and why), the chosen one's text below, and what an
 * agent does with them. Saved {@code .eml} files may be dropped on it.
 */
public final class IncomingMailWindow {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);

  private final Stage stage = new Stage();
  private final IncomingMailViewModel vm;
  private final Supplier<ZoneId> zone;
  private final List<CaseType> types;
  private final BiConsumer<CaseType, MailService.IntakeDraft> openIntake;
  private final TableView<IncomingMail> table = new TableView<>();
  private final TextArea text = new TextArea();
  private final Label headers = new Label();
  private final Label status = new Label();

  /**
   * @param types the request types an agent can log, in menu order
   * @param openIntake opens the intake form of a type, filled from a message
   */
  public IncomingMailWindow(
      Window owner,
      IncomingMailViewModel vm,
      Supplier<ZoneId> zone,
      List<CaseType> types,
      BiConsumer<CaseType, MailService.IntakeDraft> openIntake) {
    this.vm = vm;
    this.zone = zone;
    this.types = types;
    this.openIntake = openIntake;
    stage.initOwner(owner);
    stage.setTitle(Messages.get("mail.title"));
    stage.setUserData(this);
    stage.setMinWidth(760);
    stage.setMinHeight(480);
    BorderPane root = new BorderPane();
    root.setTop(toolbar());
    root.setCenter(center());
    status.setId("mailStatus");
    status.setWrapText(true);
    status.setPadding(new Insets(4, 10, 6, 10));
    status.textProperty().bind(vm.statusProperty());
    root.setBottom(status);
    Scene scene = new Scene(root, 1220, 720);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::fetch);
    scene
        .getAccelerators()
        .put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
    acceptDroppedFiles(scene, vm::importFiles);
    stage.setScene(scene);
  }

  /** Lets saved messages be dropped on {@code scene}: the .eml files go to {@code onFiles}. */
  public static void acceptDroppedFiles(
      Scene scene, java.util.function.Consumer<List<Path>> onFiles) {
    scene.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()
              && e.getDragboard().getFiles().stream().anyMatch(IncomingMailWindow::isEml)) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    scene.setOnDragDropped(
        e -> {
          List<Path> files =
              e.getDragboard().hasFiles()
                  ? e.getDragboard().getFiles().stream()
                      .filter(IncomingMailWindow::isEml)
                      .map(File::toPath)
                      .toList()
                  : List.of();
          if (!files.isEmpty()) {
            onFiles.accept(files);
          }
          e.setDropCompleted(!files.isEmpty());
          e.consume();
        });
  }

  private static boolean isEml(File f) {
    return f.getName().toLowerCase(Locale.ROOT).endsWith(".eml");
  }

  private ToolBar toolbar() {
    Button fetch = new Button(Messages.get("mail.fetch"));
    fetch.setId("mailFetch");
    fetch.setOnAction(e -> vm.fetch());
    fetch.disableProperty().bind(vm.busyProperty());
    Button create = new Button(Messages.get("mail.create"));
    create.setId("mailCreate");
    create.setOnAction(e -> createCase());
    Button optOuts = new Button(Messages.get("mail.optOuts"));
    optOuts.setId("mailOptOuts");
    optOuts.setOnAction(e -> vm.optOuts(List.copyOf(table.getSelectionModel().getSelectedItems())));
    MenuButton dismiss = new MenuButton(Messages.get("mail.dismiss"));
    dismiss.setId("mailDismiss");
    for (Dismissal why : Dismissal.values()) {
      MenuItem item = new MenuItem(Messages.get("mail.dismiss." + why));
      item.setOnAction(e -> dismiss(why));
      dismiss.getItems().add(item);
    }
    Button importFiles = new Button(Messages.get("mail.import"));
    importFiles.setId("mailImport");
    importFiles.setOnAction(e -> chooseFiles(stage, vm));
    var none = table.getSelectionModel().selectedItemProperty().isNull();
    create.disableProperty().bind(none.or(vm.busyProperty()));
    optOuts.disableProperty().bind(none.or(vm.busyProperty()));
    dismiss.disableProperty().bind(none.or(vm.busyProperty()));
    return new ToolBar(
        fetch, importFiles, new javafx.scene.control.Separator(), create, optOuts, dismiss);
  }

  /** File → Import email…: a file chooser for saved messages. */
  public static void chooseFiles(Window owner, IncomingMailViewModel vm) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(Messages.get("mail.import.title"));
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter(Messages.get("mail.import.filter"), "*.eml"));
    List<File> files = chooser.showOpenMultipleDialog(owner);
    if (files != null) {
      vm.importFiles(files.stream().map(File::toPath).toList());
    }
  }

  private SplitPane center() {
    table.setId("mailTable");
    table.setPlaceholder(new Label(Messages.get("mail.empty")));
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setItems(vm.rows());
    table
        .getColumns()
        .setAll(
            List.of(
                column("mail.col.received", 175, m -> when(m.receivedAt())),
                column("mail.col.from", 200, m -> orDash(m.from())),
                column("mail.col.subject", 250, m -> orDash(m.subject())),
                column(
                    "mail.col.suggested",
                    290,
                    m ->
                        m.suggestedType() == null
                            ? "—"
                            : Messages.get("type." + m.suggestedType())
                                + " · “"
                                + m.suggestedBy()
                                + "”"),
                column("mail.col.mailbox", 170, this::source),
                column("mail.col.note", 120, this::note),
                column("mail.col.preview", 320, m -> orDash(m.preview()))));
    table.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> vm.show(now));
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
            createCase();
            e.consume();
          }
        });
    headers.setId("mailHeaders");
    headers.setWrapText(true);
    headers.setPadding(new Insets(6, 8, 4, 8));
    text.setId("mailText");
    text.setEditable(false);
    text.setWrapText(true);
    VBox.setVgrow(text, Priority.ALWAYS);
    vm.shownProperty()
        .addListener(
            (o, before, m) -> {
              headers.setText(m == null ? "" : headerText(m));
              text.setText(m == null || m.bodyText() == null ? bodyFallback(m) : m.bodyText());
            });
    SplitPane split = new SplitPane(table, new VBox(headers, text));
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.5);
    return split;
  }

  private static String bodyFallback(IncomingMail m) {
    if (m == null) {
      return "";
    }
    if (IncomingMail.TOO_LARGE.equals(m.problem())) {
      return Messages.get("mail.text.tooLarge");
    }
    if (IncomingMail.MALFORMED.equals(m.problem())) {
      return Messages.get("mail.text.malformed");
    }
    return Messages.get("mail.text.none");
  }

  private String headerText(IncomingMail m) {
    return Messages.get(
        "mail.headers",
        orDash(m.from()),
        orDash(m.to()),
        when(m.receivedAt()),
        Messages.get("mail.source." + m.receivedSource()),
        orDash(m.dateHeader()),
        source(m),
        orDash(m.messageId()),
        m.attachments(),
        orDash(m.rawSha256()));
  }

  private String source(IncomingMail m) {
    return m.mailboxName() == null
        ? Messages.get("mail.fromFile")
        : m.mailboxName() + (m.designated() ? " · " + Messages.get("mail.designated") : "");
  }

  private String note(IncomingMail m) {
    StringBuilder b = new StringBuilder();
    if (m.problem() != null) {
      b.append(Messages.get("mail.problem." + m.problem()));
    }
    if (m.attachments() > 0) {
      if (!b.isEmpty()) {
        b.append(" · ");
      }
      b.append(Messages.get("mail.attachments", m.attachments()));
    }
    return b.toString();
  }

  private String when(java.time.Instant t) {
    return WHEN.format(t.atZone(zone.get()));
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private static TableColumn<IncomingMail, String> column(
      String key, double width, java.util.function.Function<IncomingMail, String> value) {
    TableColumn<IncomingMail, String> c = new TableColumn<>(Messages.get(key));
    c.setPrefWidth(width);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    return c;
  }

  private void createCase() {
    IncomingMail m = table.getSelectionModel().getSelectedItem();
    if (m == null) {
      return;
    }
    List<TypeChoice> choices = types.stream().map(TypeChoice::new).toList();
    TypeChoice first =
        choices.stream()
            .filter(c -> c.type() == m.suggestedType())
            .findFirst()
            .orElse(choices.getFirst());
    ChoiceDialog<TypeChoice> ask = new ChoiceDialog<>(first, choices);
    ask.initOwner(stage);
    ask.setTitle(Messages.get("mail.create.title"));
    ask.setHeaderText(
        m.suggestedType() == null
            ? Messages.get("mail.create.noSuggestion")
            : Messages.get(
                "mail.create.suggested",
                Messages.get("type." + m.suggestedType()),
                m.suggestedBy()));
    ask.setContentText(Messages.get("mail.create.type"));
    Optional<TypeChoice> chosen = ask.showAndWait();
    chosen.ifPresent(c -> vm.draft(m, draft -> openIntake.accept(c.type(), draft)));
  }

  /** A request type as the choice shows it. */
  private record TypeChoice(CaseType type) {
    @Override
    public String toString() {
      return Messages.get("type." + type);
    }
  }

  private void dismiss(Dismissal why) {
    IncomingMail m = table.getSelectionModel().getSelectedItem();
    if (m == null) {
      return;
    }
    if (why != Dismissal.DUPLICATE) {
      vm.dismiss(m, why, null);
      return;
    }
    TextInputDialog ask = new TextInputDialog();
    ask.initOwner(stage);
    ask.setTitle(Messages.get("mail.dismiss.DUPLICATE"));
    ask.setHeaderText(Messages.get("mail.duplicate.header"));
    ask.setContentText(Messages.get("mail.duplicate.case"));
    ask.showAndWait()
        .map(s -> s.strip().replace("#", ""))
        .ifPresent(
            s -> {
              try {
                vm.dismiss(m, why, Long.parseLong(s));
              } catch (NumberFormatException e) {
                vm.statusProperty().set(Messages.get("mail.duplicate.number"));
              }
            });
  }

  /** Shows the window and reads the list. */
  public void show() {
    vm.refresh();
    stage.show();
    stage.toFront();
    table.requestFocus();
  }

  public Stage stage() {
    return stage;
  }

  public IncomingMailViewModel viewModel() {
    return vm;
  }
}
