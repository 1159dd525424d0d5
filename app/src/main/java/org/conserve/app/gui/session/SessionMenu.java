package org.conserve.app.gui.session;

import java.util.function.Supplier;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The File menu's session entries: Save session (Ctrl+S), Save session as… (Ctrl+Shift+S), Open session…
 * (Ctrl+O). While the editor's text has the focus, Ctrl+S and Ctrl+O act on the system file instead.
 */
public final class SessionMenu {
    private SessionMenu() {
    }

    /** A File menu with the session entries, its dialogs opened over {@code owner}'s window. */
    public static Menu file(SessionViewModel model, Supplier<Window> owner) {
        NativeSessionChooser dialog = new NativeSessionChooser(owner);
        MenuItem open = item("Open session…", "menu-open-session", KeyCode.O, false);
        open.setOnAction(event -> model.open(dialog));
        MenuItem save = item("Save session", "menu-save-session", KeyCode.S, false);
        save.setOnAction(event -> model.save(dialog));
        MenuItem saveAs = item("Save session as…", "menu-save-session-as", KeyCode.S, true);
        saveAs.setOnAction(event -> model.saveAs(dialog));
        for (MenuItem entry : new MenuItem[] {open, save, saveAs}) {
            entry.disableProperty().bind(model.busyProperty());
        }
        Menu file = new Menu("File");
        file.setId("menu-file");
        file.getItems().addAll(open, new SeparatorMenuItem(), save, saveAs);
        return file;
    }

    private static MenuItem item(String text, String id, KeyCode key, boolean shift) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shift ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
        return item;
    }
}
