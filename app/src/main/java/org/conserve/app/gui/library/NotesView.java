package org.conserve.app.gui.library;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A teaching note drawn from {@link NotesMarkup} blocks: paragraphs and bullets with inline styles. */
public final class NotesView extends VBox {

    public NotesView() {
        getStyleClass().add("notes");
        setSpacing(8);
    }

    public void show(List<NotesMarkup.Block> blocks) {
        getChildren().clear();
        for (NotesMarkup.Block block : blocks) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("notes-paragraph");
            for (NotesMarkup.Span span : block.spans()) {
                Text text = new Text(span.text());
                text.getStyleClass().addAll("notes-text", "notes-" + span.style().name().toLowerCase());
                flow.getChildren().add(text);
            }
            if (block.bullet()) {
                Label dot = new Label("•");
                dot.getStyleClass().add("notes-bullet");
                HBox item = new HBox(8, dot, flow);
                HBox.setHgrow(flow, Priority.ALWAYS);
                getChildren().add(item);
            } else {
                getChildren().add(flow);
            }
        }
    }
}
