package org.conserve.app.gui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.conserve.app.cli.ExportFolder;
import org.conserve.app.gui.task.BackgroundWork;
import org.conserve.app.gui.task.TaskContext;

/**
 * Writes the command line's export files (report.json and, when the formulas were searched, laws.tex,
 * report.md and the SymPy script) and the chart images as PNG into one folder; returns the paths written.
 * Runs on a worker thread; the images were taken on the UI thread before.
 */
final class ExportWork implements BackgroundWork<List<Path>> {
    private final Path folder;
    private final ExportContent.Source source;
    private final Map<String, BufferedImage> images;

    ExportWork(Path folder, ExportContent.Source source, Map<String, BufferedImage> images) {
        this.folder = folder;
        this.source = source;
        this.images = Map.copyOf(images);
    }

    @Override
    public List<Path> call(TaskContext context) throws Exception {
        Files.createDirectories(folder);
        ExportContent content = source.build();
        List<Path> written = new ArrayList<>(ExportFolder.write(content.report(), content.definition(), folder));
        for (Map.Entry<String, BufferedImage> image : images.entrySet()) {
            Path file = folder.resolve(image.getKey());
            if (!ImageIO.write(image.getValue(), "png", file.toFile())) {
                throw new IOException("no PNG writer for " + file);
            }
            written.add(file);
        }
        return written;
    }
}
