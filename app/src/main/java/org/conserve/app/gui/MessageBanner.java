package org.conserve.app.gui;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A strip at the top of the window showing the current {@link UserMessage}, with a close button. */
final class MessageBanner extends HBox {

    MessageBanner(ObjectProperty<UserMessage> message, Runnable dismiss) {
        setId("message-banner");
        getStyleClass().add("message-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label text = new Label();
        text.setId("message-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("Dismiss");
        close.setId("message-dismiss");
        close.setOnAction(event -> dismiss.run());
        getChildren().addAll(text, close);
        message.addListener((obs, old, shown) -> show(shown, text));
        show(message.get(), text);
    }

    private void show(UserMessage shown, Label text) {
        setVisible(shown != null);
        setManaged(shown != null);
        getStyleClass().removeAll("info", "warning", "error");
        if (shown != null) {
            text.setText(shown.fullText());
            getStyleClass().add(shown.severity().name().toLowerCase());
        }
    }
}
