package org.conserve.app.gui.session;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A strip offering to restore the last session; shown while there is one to restore. */
public final class RestoreBanner extends HBox {

    public RestoreBanner(SessionViewModel model) {
        setId("restore-banner");
        getStyleClass().addAll("message-banner", "info");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label text = new Label();
        text.setId("restore-text");
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button restore = new Button("Restore last session");
        restore.setId("restore-session");
        restore.setOnAction(event -> model.restore());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("restore-dismiss");
        dismiss.setOnAction(event -> model.dismiss());
        getChildren().addAll(text, restore, dismiss);
        model.restorableProperty().addListener((obs, old, session) -> show(session, text));
        show(model.restorableProperty().get(), text);
    }

    private void show(Session session, Label text) {
        setVisible(session != null);
        setManaged(session != null);
        if (session != null) {
            text.setText("The last session (" + session.title() + ") can be reopened with its settings"
                    + (session.result().isPresent() ? " and its result, without training." : "."));
        }
    }
}
