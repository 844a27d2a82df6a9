package org.crampcare;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from its machine (a browser, poppler, the shared evaluation sets).
 *
 * <p>On a developer's machine a missing tool skips the test with the reason. In CI ({@code CI=true})
 * it fails instead, so a broken install can never pass as a green run that tested nothing.
 */
public final class TestEnvironment {
    private TestEnvironment() {
    }

    /** Skips (locally) or fails (in CI) unless {@code present}; {@code what} says what is missing. */
    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI must provide this: " + what);
        }
        Assumptions.assumeTrue(false, what);
    }
}
