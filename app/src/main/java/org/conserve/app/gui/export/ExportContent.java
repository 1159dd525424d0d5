package org.conserve.app.gui.export;

import org.conserve.app.report.DiscoveryReport;
import org.conserve.symbolic.file.SystemDefinition;

/** What the report files are written from. */
public record ExportContent(DiscoveryReport report, SystemDefinition definition) {

    /** Builds the content on the export's worker thread (it may parse the file again). */
    @FunctionalInterface
    public interface Source {
        ExportContent build() throws Exception;
    }
}
