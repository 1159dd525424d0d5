package org.conserve.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, or says it is a development build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ConserveCommand.class.getPackage().getImplementationVersion();
        return new String[] {"conserve " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version")};
    }
}
