package org.crampcare.insights;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The ratio of two shares of cramp days with its 95 % confidence interval (Katz's log method).
 *
 * <p>When either group has no cramp day, 0.5 is added to every cell (Haldane's correction) so the
 * ratio and its interval stay finite and honest about how little is known; the interval is then wide.
 */
record RiskRatio(Double estimate, Double low, Double high) {
    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    /** The ratio for {@code a} cramp days of {@code n1} exposed days against {@code c} of {@code n0}. */
    static RiskRatio of(int a, int n1, int c, int n0) {
        if (a == 0 && c == 0) {
            return new RiskRatio(null, null, null);
        }
        double correction = a == 0 || c == 0 ? 0.5 : 0;
        double x1 = a + correction;
        double x0 = c + correction;
        double m1 = n1 + 2 * correction;
        double m0 = n0 + 2 * correction;
        double log = Math.log((x1 / m1) / (x0 / m0));
        double se = Math.sqrt(1 / x1 - 1 / m1 + 1 / x0 - 1 / m0);
        return new RiskRatio(Math.exp(log), Math.exp(log - Z * se), Math.exp(log + Z * se));
    }
}
