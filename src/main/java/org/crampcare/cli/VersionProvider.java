package org.crampcare.cli;

import picocli.CommandLine;

/** Reports the build version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CrampCareCommand.class.getPackage().getImplementationVersion();
        return new String[] {"crampcare " + (v == null ? "development" : v) + ", triage policy 1"};
    }
}
