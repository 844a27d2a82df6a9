package org.crampcare;

/**
 * One CrampCare on the built-in knowledge, shared by every test in the JVM.
 *
 * <p>CrampCare is immutable, so sharing it changes no test's outcome; building it anew for each
 * test server would load the knowledge again and embed every passage again (seconds of CPU each,
 * on a two-core machine running the whole suite).
 */
public final class SharedCrampCare {
    /** The built-in CrampCare, built once. */
    public static final CrampCare BUILT_IN = CrampCare.builtIn();

    private SharedCrampCare() {
    }
}
