package org.conserve.app.gui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.conserve.app.gui.discover.DiscoverView;
import org.conserve.app.gui.editor.EditorView;
import org.conserve.app.gui.library.LibraryView;
import org.conserve.app.gui.simulate.SimulationView;
import org.conserve.app.gui.math.FormulaImages;
import org.conserve.app.gui.present.PresentationWindow;
import org.conserve.app.gui.session.RestoreBanner;
import org.conserve.app.gui.session.SessionMenu;

/** The main window's content: menu bar, message banner, one tab per {@link Page}, status bar. */
public final class MainView extends BorderPane {
    private final TabPane tabs = new TabPane();
    private final Map<Page, Tab> tabOf = new EnumMap<>(Page.class);
    private Stage presentationStage;

    public MainView(MainViewModel model, FormulaImages formulas) {
        setId("main-view");
        getStyleClass().add("main-view");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("pages");
        addPage(Page.LIBRARY, () -> new LibraryView(model.library(), formulas));
        // The other pages are built when first shown: the window opens sooner.
        addPage(Page.EDITOR, () -> new EditorView(model.editor(), formulas));
        addPage(Page.SIMULATE, () -> new SimulationView(model.simulation(), formulas));
        addPage(Page.DISCOVER, () -> new DiscoverView(model.discover(), formulas));

        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.library().statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label log = new Label("Log: " + model.failures().logFile());
        log.getStyleClass().add("status-log");
        HBox statusBar = new HBox(12, status, spacer, log);
        statusBar.getStyleClass().add("status-bar");

        MenuBar menus = new MenuBar(SessionMenu.file(model.session(), () -> getScene().getWindow()));
        menus.setId("menu-bar");
        setTop(new VBox(menus, new MessageBanner(model.messageProperty(), model::dismissMessage),
                new RestoreBanner(model.session())));
        setCenter(tabs);
        setBottom(statusBar);

        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            tabOf.forEach((page, pageTab) -> {
                if (pageTab == tab) {
                    model.pageProperty().set(page);
                }
            });
        });
        model.pageProperty().addListener((obs, old, page) -> selectPage(page));
        selectPage(model.pageProperty().get());

        // Teach mode: F5 presents the library's selected system, as in presentation programs.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), model.library()::presentSelected);
            }
        });
        model.presentationProperty().addListener((obs, old, presentation) -> {
            if (presentationStage != null) {
                Stage leaving = presentationStage;
                presentationStage = null;
                leaving.close();
            }
            if (presentation != null) {
                presentationStage = PresentationWindow.open(getScene() == null ? null : getScene().getWindow(),
                        presentation, formulas, () -> {
                            if (model.presentationProperty().get() == presentation) {
                                model.closePresentation();
                            }
                        });
            }
        });
    }

    private void addPage(Page page, Supplier<Node> content) {
        Tab tab = new Tab(page.title());
        tab.setId("tab-" + page.name().toLowerCase());
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        tabOf.put(page, tab);
        tabs.getTabs().add(tab);
        if (tab.isSelected()) {
            tab.setContent(content.get());
        }
    }

    private void selectPage(Page page) {
        Tab tab = tabOf.get(page);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }
}
