package org.conserve.app.gui.editor;

import java.util.OptionalDouble;
import java.util.function.BiConsumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One parameter in the editor's parameter panel: a field with the value as written and a slider
 * ({@link ParameterValue.Range}: one order of magnitude either side of the value it was opened with).
 * A valid value typed in the field, or a slider move, is handed to the writer, which rewrites the value
 * in the file's text; an invalid one is named in {@link #problemProperty()} and not written. UI thread only.
 */
public final class ParameterRow {
    private final String name;
    private final BiConsumer<ParameterRow, String> writer;
    private final StringProperty field = new SimpleStringProperty(this, "field", "");
    private final DoubleProperty position = new SimpleDoubleProperty(this, "position", 0);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable", true);
    /** Centred on the first valid value shown; null before. */
    private ParameterValue.Range range;
    private boolean showing;

    ParameterRow(String name, String written, BiConsumer<ParameterRow, String> writer) {
        this.name = name;
        this.writer = writer;
        show(written);
        field.addListener((obs, old, typed) -> {
            if (!showing) {
                typed(typed);
            }
        });
        position.addListener((obs, old, now) -> {
            if (!showing) {
                slid(now.doubleValue());
            }
        });
    }

    /** Shows the value written in the file (after the text changed elsewhere); nothing is written back. */
    void show(String written) {
        showing = true;
        try {
            field.set(written);
            problem.set("");
            ParameterValue.parse(written).ifPresent(this::placeSlider);
        } finally {
            showing = false;
        }
    }

    private void typed(String typed) {
        String why = ParameterValue.problem(name, typed);
        problem.set(why);
        if (!why.isEmpty() || !editable.get()) {
            return;
        }
        showing = true;
        try {
            placeSlider(ParameterValue.parse(typed).getAsDouble());
        } finally {
            showing = false;
        }
        writer.accept(this, typed.strip());
    }

    private void slid(double now) {
        if (!editable.get() || range == null) {
            return;
        }
        String written = ParameterValue.format(range.value(now));
        showing = true;
        try {
            field.set(written);
            problem.set("");
        } finally {
            showing = false;
        }
        writer.accept(this, written);
    }

    /** Moves the slider to {@code value}, centring a new range on it when the present one cannot show it. */
    private void placeSlider(double value) {
        double at = range == null ? Double.NaN : range.position(value);
        if (Double.isNaN(at)) {
            range = new ParameterValue.Range(value);
            at = range.position(value);
        }
        position.set(at);
    }

    public String name() {
        return name;
    }

    /** The value as typed or as written in the file. */
    public StringProperty fieldProperty() {
        return field;
    }

    /** The slider, from -1 to 1 ({@link #sliderValue()} says what it stands for). */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** The value the slider's position stands for. */
    public double sliderValue() {
        return range == null ? Double.NaN : range.value(position.get());
    }

    /** The field's value, when it is a valid one. */
    public OptionalDouble value() {
        return ParameterValue.parse(field.get());
    }

    /** Why the typed value is not written ("" when it is valid). */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** False while the file's text cannot be read (being typed): changes then wait. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable;
    }

    void setEditable(boolean value) {
        editable.set(value);
    }
}
