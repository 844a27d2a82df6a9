package org.crampcare.insights;

import java.time.LocalDate;

/** The cramps in one week, which starts on Monday. */
public record WeekCount(LocalDate weekStart, int cramps) {
}
