package org.conserve.app.gui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The platform's folder dialog, opened over the window {@code owner} gives. UI thread only. */
public final class NativeFolderChooser implements FolderChooser {
    private final Supplier<Window> owner;

    public NativeFolderChooser(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> choose(Optional<Path> initial) {
        DirectoryChooser dialog = new DirectoryChooser();
        dialog.setTitle("Export the discovery to a folder");
        initial.map(Path::toFile).ifPresent(dialog::setInitialDirectory);
        File chosen = dialog.showDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
