package org.conserve.app.gui;

/** The main window's pages, in tab order. */
public enum Page {
    LIBRARY("Library"),
    EDITOR("Editor"),
    SIMULATE("Simulate"),
    DISCOVER("Discover");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
