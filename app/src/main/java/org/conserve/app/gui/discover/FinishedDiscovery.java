package org.conserve.app.gui.discover;

import org.conserve.app.discovery.OdeReports;
import org.conserve.app.gui.export.ExportContent;
import org.conserve.symbolic.file.SystemDefinition;
import org.conserve.symbolic.file.SystemFiles;

/**
 * A shown discovery with what its report needs besides the result: the file it ran on, its seed and
 * duration. {@link #build()} parses the file again, so it belongs on a worker thread.
 */
record FinishedDiscovery(String fileName, String text, long seed, double seconds, DiscoverResult result)
        implements ExportContent.Source {

    @Override
    public ExportContent build() {
        SystemDefinition definition = SystemFiles.parse(fileName, text);
        String symbolicNote = result.formulas().isPresent() ? "" : "not run (the discovery was stopped before it)";
        return new ExportContent(OdeReports.of(definition, result.neural(), result.formulas(), symbolicNote, seed,
                seconds), definition);
    }
}
