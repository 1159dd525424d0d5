package org.conserve.app.gui.present;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.conserve.app.gui.library.NotesView;
import org.conserve.app.gui.math.FormulaImages;

/**
 * A presentation's content: the system and slide title on top with the slide counter, the slide in the
 * middle, and below it what the slide shows and the narration from the system's notes. Navigation keys
 * are handled by {@link PresentationWindow}.
 */
public final class PresentationView extends BorderPane {
    private final PresentationViewModel model;
    private final SlideViews views;
    private final Map<Slide.Kind, Node> built = new EnumMap<>(Slide.Kind.class);
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Label caption = new Label();
    private final NotesView narration = new NotesView();

    public PresentationView(PresentationViewModel model, FormulaImages formulas) {
        this.model = model;
        this.views = new SlideViews(model, formulas);
        setId("presentation");
        getStyleClass().add("presentation");

        Label system = new Label(model.system().name());
        system.getStyleClass().add("present-system");
        title.setId("present-title");
        title.getStyleClass().add("present-title");
        Label counter = new Label();
        counter.setId("present-counter");
        counter.getStyleClass().add("present-counter");
        counter.textProperty().bind(model.counterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox titles = new VBox(2, system, title);
        HBox top = new HBox(titles, spacer, counter);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("present-top");

        content.getStyleClass().add("present-content");
        content.setPadding(new Insets(12, 48, 12, 48));

        caption.setId("present-caption");
        caption.getStyleClass().add("present-caption");
        caption.setWrapText(true);
        narration.setId("present-narration");
        narration.getStyleClass().add("present-narration");
        Label keys = new Label("\u2192 / Space: next    \u2190: back    Home / End    Esc: leave");
        keys.getStyleClass().add("present-keys");
        // A long note scrolls rather than pushing the slide off the screen.
        ScrollPane narrationScroll = new ScrollPane(narration);
        narrationScroll.setId("present-narration-scroll");
        narrationScroll.setFitToWidth(true);
        narrationScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        narrationScroll.getStyleClass().add("present-narration-scroll");
        narrationScroll.setMinHeight(Region.USE_PREF_SIZE);
        narrationScroll.prefViewportHeightProperty().bind(Bindings.min(narration.heightProperty(),
                heightProperty().multiply(0.28)));
        narrationScroll.visibleProperty().bind(narration.visibleProperty());
        narrationScroll.managedProperty().bind(narration.managedProperty());
        VBox bottom = new VBox(10, caption, narrationScroll, keys);
        bottom.getStyleClass().add("present-bottom");

        setTop(top);
        setCenter(content);
        setBottom(bottom);
        model.slideProperty().addListener((obs, old, slide) -> show(slide));
        show(model.slideProperty().get());
    }

    private void show(Slide slide) {
        title.setText(slide.title());
        caption.setText(slide.caption());
        narration.show(slide.narration());
        narration.setVisible(!slide.narration().isEmpty());
        narration.setManaged(!slide.narration().isEmpty());
        content.getChildren().setAll(built.computeIfAbsent(slide.kind(), views::build));
    }
}
