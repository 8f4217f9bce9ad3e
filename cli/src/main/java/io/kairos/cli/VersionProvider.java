package io.kairos.cli;

import io.kairos.KairosVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code kairos --version}: this build, and the runtime it runs on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "kairos " + KairosVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
