package org.crampcare.insights;

import java.time.LocalDate;

/** One cramp's pain score on its day, one point of the pain-over-time chart. */
public record PainPoint(LocalDate day, int pain) {
}
