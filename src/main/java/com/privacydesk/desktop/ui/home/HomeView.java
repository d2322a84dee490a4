package com.privacydesk.desktop.ui.home;

import com.privacydesk.app.cases.BuiltInView;
import com.privacydesk.app.cases.HomeService;
import com.privacydesk.app.cases.HomeService.MyDay;
import com.privacydesk.app.cases.HomeService.MyDayFigure;
import com.privacydesk.app.cases.HomeService.Team;
import com.privacydesk.app.cases.ViewSpec;
import com.privacydesk.app.port.CaseSummary;
import com.privacydesk.app.reports.ReportService.FigureState;
import com.privacydesk.app.reports.ReportService.MonthFigures;
import com.privacydesk.desktop.ui.common.Icons;
import com.privacydesk.desktop.ui.common.Messages;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The home screen (issue 21): My day's figures as tiles that open their view of the queue, the
 * cases colleagues assigned since the last sign-in, and, for supervisors, the cases waiting for
 * approval, each agent's workload, the month so far and the last twelve months' on-time rates.
 * Every figure is a button or a link, so the keyboard reaches it.
 */
public final class HomeView {
  private final HomeViewModel vm;
  private final ScrollPane root = new ScrollPane();
  private final VBox content = new VBox();
  private final Label status = new Label();
  private final Button refresh = new Button(Messages.get("home.refresh"));
  private final Map<MyDayFigure, Button> tiles = new EnumMap<>(MyDayFigure.class);
  private final Map<MyDayFigure, Label> counts = new EnumMap<>(MyDayFigure.class);
  private final Label assignedTitle = new Label();
  private final VBox assigned = new VBox();
  private final Label pendingTitle = new Label();
  private final VBox pending = new VBox();
  private final GridPane workload = new GridPane();
  private final Label received = new Label("–");
  private final Label closed = new Label("–");
  private final Label onTime = new Label("–");
  private final Label internalOnTime = new Label("–");
  private final Label monthsStatus = new Label();
  private final LineChart<String, Number> chart =
      new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));

  private Consumer<ViewSpec> onOpenView = v -> {};
  private LongConsumer onOpenCase = id -> {};
  private Consumer<YearMonth> onOpenReport = m -> {};
  private List<Long> shownAssigned = List.of();
  private List<Long> shownPending = List.of();
  private Team shownTeam;

  public HomeView(HomeViewModel vm) {
    this.vm = vm;
    createParts();
    layoutParts();
    bind();
  }

  /** The screen. */
  public Node root() {
    return root;
  }

  /** Opens the queue on a view (a figure was chosen). */
  public void setOnOpenView(Consumer<ViewSpec> action) {
    onOpenView = action;
  }

  /** Opens a case (a listed case was chosen). */
  public void setOnOpenCase(LongConsumer action) {
    onOpenCase = action;
  }

  /** Opens the monthly report of a month (a month's figure was chosen). */
  public void setOnOpenReport(Consumer<YearMonth> action) {
    onOpenReport = action;
  }

  /** Puts the keyboard on the first figure. */
  public void focus() {
    tiles.get(MyDayFigure.LAW_OVERDUE).requestFocus();
  }

  private void createParts() {
    root.setId("homeView");
    root.setFitToWidth(true);
    root.setContent(content);
    content.getStyleClass().add("home");
    status.setId("homeStatus");
    status.getStyleClass().add("hint");
    refresh.setId("homeRefresh");
    Icons.on(refresh, Feather.REFRESH_CW);
    for (MyDayFigure f : MyDayFigure.values()) {
      Label count = new Label("–");
      tiles.put(f, tile("home-" + f, count, "home.figure." + f, () -> onOpenView.accept(f.spec())));
      counts.put(f, count);
    }
    assignedTitle.getStyleClass().add("section-title");
    assigned.setId("homeAssigned");
    assigned.getStyleClass().add("home-list");
    pendingTitle.getStyleClass().add("section-title");
    pending.setId("homePending");
    pending.getStyleClass().add("home-list");
    workload.setId("homeWorkload");
    workload.getStyleClass().add("home-grid");
    monthsStatus.getStyleClass().add("hint");
    chart.setId("homeOnTimeChart");
    chart.setTitle(Messages.get("home.chart.title", HomeViewModel.MONTHS));
    chart.setAnimated(false);
    chart.setCreateSymbols(true);
    chart.setPrefHeight(280);
    chart.setMinHeight(220);
    chart.getYAxis().setLabel(Messages.get("home.chart.percent"));
  }

  private void layoutParts() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label myDayTitle = title(Messages.get("home.myDay"));
    HBox header = new HBox(12, myDayTitle, spacer, status, refresh);
    header.setAlignment(Pos.CENTER_LEFT);
    FlowPane tilePane = new FlowPane(10, 10);
    tilePane.getChildren().setAll(tiles.values());
    content.getChildren().addAll(header, tilePane, assignedTitle, assigned);
    if (vm.showsTeam()) {
      VBox pendingBox = new VBox(6, pendingTitle, pending);
      Label workloadTitle = new Label(Messages.get("home.workload"));
      workloadTitle.getStyleClass().add("section-title");
      VBox workloadBox = new VBox(6, workloadTitle, workload);
      HBox.setHgrow(pendingBox, Priority.ALWAYS);
      HBox team = new HBox(24, pendingBox, workloadBox);
      content.getChildren().addAll(title(Messages.get("home.team")), team);
    }
    if (vm.showsMonth()) {
      Label badge = new Label(Messages.get("home.month.notFinal"));
      badge.getStyleClass().add("month-to-date");
      HBox monthHeader =
          new HBox(
              12, title(Messages.get("home.month", monthName(YearMonth.from(vm.today())))), badge);
      monthHeader.setAlignment(Pos.CENTER_LEFT);
      FlowPane monthTiles =
          new FlowPane(
              10,
              10,
              tile("homeReceived", received, "home.month.received", this::openReceived),
              tile("homeClosed", closed, "home.month.closed", this::openMonthReport),
              tile("homeOnTime", onTime, "home.month.onTime", this::openMonthReport),
              tile(
                  "homeInternalOnTime",
                  internalOnTime,
                  "home.month.internalOnTime",
                  this::openMonthReport));
      content.getChildren().addAll(monthHeader, monthTiles, monthsStatus, chart);
    }
  }

  private static Label title(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("title-3");
    return l;
  }

  /** A figure as a button: its value large, what it counts below; choosing it runs {@code open}. */
  private static Button tile(String id, Label value, String key, Runnable open) {
    value.getStyleClass().add("home-count");
    Label text = new Label(Messages.get(key));
    text.setWrapText(true);
    text.getStyleClass().add("home-figure-text");
    Button tile = new Button();
    tile.setId(id);
    tile.getStyleClass().add("home-tile");
    tile.setGraphic(new VBox(2, value, text));
    tile.setAccessibleText(Messages.get(key));
    tile.setOnAction(e -> open.run());
    return tile;
  }

  private void bind() {
    status.textProperty().bind(vm.statusProperty());
    monthsStatus.textProperty().bind(vm.monthsStatusProperty());
    monthsStatus.managedProperty().bind(monthsStatus.textProperty().isNotEmpty());
    // the twelve months load once per sign-in: a month never reported costs a report's
    // computation (docs/performance.md), and finished months do not change during a day
    refresh.setOnAction(e -> vm.refresh());
    vm.myDayProperty().addListener((o, was, day) -> showDay(day));
    vm.teamProperty().addListener((o, was, team) -> showTeam(team));
    vm.monthToDateProperty().addListener((o, was, m) -> showMonth(m));
    vm.monthsProperty().addListener((o, was, months) -> showMonths(months));
  }

  private void showDay(MyDay day) {
    if (day == null) {
      return;
    }
    for (MyDayFigure f : MyDayFigure.values()) {
      long n = day.counts().getOrDefault(f, 0L);
      counts.get(f).setText(Long.toString(n));
      tiles.get(f).setAccessibleText(n + " " + Messages.get("home.figure." + f));
      tiles.get(f).pseudoClassStateChanged(URGENT, n > 0 && f == MyDayFigure.LAW_OVERDUE);
      tiles.get(f).pseudoClassStateChanged(WARN, n > 0 && f == MyDayFigure.INTERNAL_OVERDUE);
    }
    assignedTitle.setText(
        day.since() == null
            ? Messages.get("home.assigned.first")
            : Messages.get("home.assigned", vm.local(day.since())));
    List<Long> ids = day.newlyAssigned().stream().map(CaseSummary::id).toList();
    if (ids.equals(shownAssigned) && !assigned.getChildren().isEmpty()) {
      return; // unchanged: leave the links (and the focus on one) where they are
    }
    shownAssigned = ids;
    assigned.getChildren().setAll(caseLinks(day.newlyAssigned(), "homeAssigned-"));
    if (day.newlyAssigned().isEmpty()) {
      assigned.getChildren().setAll(hint(Messages.get("home.assigned.none")));
    } else if (day.moreAssigned() > 0) {
      assigned.getChildren().add(hint(Messages.get("home.more", day.moreAssigned())));
    }
  }

  private List<Node> caseLinks(List<CaseSummary> cases, String idPrefix) {
    return cases.stream()
        .map(
            c -> {
              Hyperlink link =
                  new Hyperlink(
                      Messages.get(
                          "home.case",
                          c.id(),
                          Messages.get("type." + c.type()),
                          Messages.get("status." + c.status()),
                          c.dueDate() == null ? "—" : c.dueDate().toString()));
              link.setId(idPrefix + c.id());
              link.setOnAction(e -> onOpenCase.accept(c.id()));
              return (Node) link;
            })
        .toList();
  }

  private static Label hint(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("hint");
    l.setWrapText(true);
    return l;
  }

  private void showTeam(Team team) {
    if (team == null) {
      return;
    }
    pendingTitle.setText(Messages.get("home.pending", team.pendingTotal()));
    List<Long> ids = team.pending().stream().map(CaseSummary::id).toList();
    if (!ids.equals(shownPending) || pending.getChildren().isEmpty()) {
      shownPending = ids;
      pending.getChildren().setAll(caseLinks(team.pending(), "homePending-"));
      if (team.pending().isEmpty()) {
        pending.getChildren().setAll(hint(Messages.get("home.pending.none")));
      } else {
        Hyperlink all = new Hyperlink(Messages.get("home.pending.all", team.pendingTotal()));
        all.setId("homePendingAll");
        all.setOnAction(e -> onOpenView.accept(BuiltInView.PENDING_REVIEW.spec()));
        pending.getChildren().add(all);
      }
    }
    if (Objects.equals(team.workload(), shownTeam == null ? null : shownTeam.workload())) {
      return;
    }
    shownTeam = team;
    workload.getChildren().clear();
    String[] headers = {
      "home.workload.agent", "home.workload.open", "home.workload.overdue", "home.workload.week"
    };
    for (int c = 0; c < headers.length; c++) {
      Label h = new Label(Messages.get(headers[c]));
      h.getStyleClass().add("grid-header");
      workload.add(h, c, 0);
    }
    int row = 1;
    for (HomeService.Workload w : team.workload()) {
      long id = w.user().id();
      workload.add(new Label(w.user().username()), 0, row);
      workload.add(
          figureLink(w.open(), w, "open", HomeService.workload(id, ViewSpec.Due.ANY)), 1, row);
      workload.add(
          figureLink(w.overdue(), w, "overdue", HomeService.workload(id, ViewSpec.Due.OVERDUE)),
          2,
          row);
      workload.add(
          figureLink(w.dueThisWeek(), w, "week", HomeService.workload(id, ViewSpec.Due.THIS_WEEK)),
          3,
          row);
      row++;
    }
  }

  private Hyperlink figureLink(long n, HomeService.Workload w, String what, ViewSpec spec) {
    Hyperlink link = new Hyperlink(Long.toString(n));
    link.setId("homeWorkload-" + w.user().username() + "-" + what);
    link.setAccessibleText(Messages.get("home.workload." + what + ".name", n, w.user().username()));
    link.setOnAction(e -> onOpenView.accept(spec));
    return link;
  }

  private void showMonth(MonthFigures m) {
    if (m == null) {
      return;
    }
    received.setText(HomeViewModel.count(m.received()));
    closed.setText(HomeViewModel.count(m.closed()));
    onTime.setText(HomeViewModel.percent(m.statutoryRate()));
    internalOnTime.setText(HomeViewModel.percent(m.internalRate()));
  }

  private void showMonths(List<MonthFigures> months) {
    XYChart.Series<String, Number> statutory = new XYChart.Series<>();
    statutory.setName(Messages.get("home.chart.statutory"));
    XYChart.Series<String, Number> internal = new XYChart.Series<>();
    internal.setName(Messages.get("home.chart.internal"));
    for (MonthFigures m : months) {
      String label = monthName(m.month());
      if (m.state() == FigureState.TAMPERED) {
        continue;
      }
      if (m.statutoryRate() != null) {
        statutory.getData().add(point(label, m.statutoryRate(), m.month()));
      }
      if (m.internalRate() != null) {
        internal.getData().add(point(label, m.internalRate(), m.month()));
      }
    }
    CategoryAxis x = (CategoryAxis) chart.getXAxis();
    x.getCategories().setAll(months.stream().map(m -> monthName(m.month())).toList());
    chart.getData().setAll(List.of(statutory, internal));
  }

  private XYChart.Data<String, Number> point(String label, double rate, YearMonth month) {
    XYChart.Data<String, Number> d = new XYChart.Data<>(label, Math.round(rate * 1000) / 10.0);
    d.nodeProperty()
        .addListener(
            (o, was, node) -> {
              if (node != null) {
                node.setOnMouseClicked(e -> onOpenReport.accept(month));
                javafx.scene.control.Tooltip.install(
                    node,
                    new javafx.scene.control.Tooltip(
                        Messages.get(
                            "home.chart.point", monthName(month), HomeViewModel.percent(rate))));
              }
            });
    return d;
  }

  private static String monthName(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + m.getYear();
  }

  private void openReceived() {
    var today = vm.today();
    onOpenView.accept(
        new ViewSpec(
            Set.of(),
            Set.of(),
            Set.of(),
            ViewSpec.Assignee.ANYONE,
            null,
            false,
            today.withDayOfMonth(1),
            today,
            ViewSpec.Due.ANY,
            0));
  }

  private void openMonthReport() {
    onOpenReport.accept(YearMonth.from(vm.today()));
  }

  private static final javafx.css.PseudoClass URGENT =
      javafx.css.PseudoClass.getPseudoClass("urgent");
  private static final javafx.css.PseudoClass WARN = javafx.css.PseudoClass.getPseudoClass("warn");
}
