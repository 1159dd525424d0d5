package org.conserve.app.gui.simulate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One coordinate of the start state as typed, and what is wrong with it ("" when it is a number). */
public final class StartField {
    private final String name;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");

    StartField(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    void setProblem(String why) {
        problem.set(why);
    }
}
