package org.crampcare.diary;

/** How many rows of each kind an import wrote (check-ins replace the same day's check-in). */
public record ImportSummary(int cramps, int checkIns, int assessments) {
}
