package org.conserve.app.gui.editor;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor's parameter panel: one {@link ParameterRow} per entry of the file's {@code parameters:},
 * kept in step with the text. Changing a row rewrites only that value in the text (every other
 * character stays), so the editor's live validation, its rendered equations and a simulation of the
 * text follow. Text typed elsewhere updates the rows; rows are rebuilt only when the names change.
 * UI thread only; testable without a toolkit.
 */
public final class ParametersViewModel {
    private final StringProperty text;
    private final ObservableList<ParameterRow> rows = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private boolean writing;

    public ParametersViewModel(StringProperty text) {
        this.text = text;
        text.addListener((obs, old, now) -> {
            if (!writing) {
                refresh();
            }
        });
        refresh();
    }

    public ObservableList<ParameterRow> rows() {
        return rows;
    }

    /** Why the panel is empty or waiting ("" when the rows can be changed). */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    private void refresh() {
        Optional<List<ParameterText.Entry>> read = ParameterText.read(text.get());
        if (read.isEmpty()) {
            rows.forEach(row -> row.setEditable(false));
            note.set("The parameters can be changed here again once the file reads as YAML.");
            return;
        }
        List<ParameterText.Entry> entries = read.get();
        List<String> names = entries.stream().map(ParameterText.Entry::name).toList();
        if (names.equals(rows.stream().map(ParameterRow::name).toList())) {
            for (int i = 0; i < entries.size(); i++) {
                ParameterRow row = rows.get(i);
                row.setEditable(true);
                if (!entries.get(i).written().equals(row.fieldProperty().get())) {
                    row.show(entries.get(i).written());
                }
            }
        } else {
            rows.setAll(entries.stream().map(entry -> new ParameterRow(entry.name(), entry.written(), this::write))
                    .toList());
        }
        note.set(rows.isEmpty() ? "This file declares no parameters." : "");
    }

    /** Writes {@code value} as {@code row}'s parameter in the text, read afresh (the user may have typed). */
    private void write(ParameterRow row, String value) {
        Optional<ParameterText.Entry> entry = ParameterText.read(text.get()).flatMap(entries -> entries.stream()
                .filter(candidate -> candidate.name().equals(row.name())).findFirst());
        if (entry.isEmpty() || entry.get().written().equals(value)) {
            return;
        }
        writing = true;
        try {
            text.set(ParameterText.replace(text.get(), entry.get(), value));
        } finally {
            writing = false;
        }
    }
}
