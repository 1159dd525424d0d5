package org.conserve.app.gui.session;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The platform's file dialogs for session files, opened over the window {@code owner} gives. A name
 * typed without an extension gets {@code .conserve-session}. UI thread only.
 */
public final class NativeSessionChooser implements SessionChooser {
    private final Supplier<Window> owner;

    public NativeSessionChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseToOpen(Optional<Path> folder) {
        File chosen = dialog("Open a Conserve session", folder).showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseToSave(Optional<Path> folder, String suggestedName) {
        FileChooser dialog = dialog("Save the session", folder);
        dialog.setInitialFileName(suggestedName);
        File chosen = dialog.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath).map(NativeSessionChooser::withExtension);
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + SessionCodec.EXTENSION);
    }

    private static FileChooser dialog(String title, Optional<Path> folder) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(title);
        dialog.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Conserve sessions (*" + SessionCodec.EXTENSION + ")",
                        "*" + SessionCodec.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        folder.map(Path::toFile).ifPresent(dialog::setInitialDirectory);
        return dialog;
    }
}
