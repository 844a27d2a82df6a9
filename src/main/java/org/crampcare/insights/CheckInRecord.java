package org.crampcare.insights;

import java.time.LocalDate;

/**
 * One daily check-in as the analysis sees it, decoupled from storage; null fields were not answered.
 *
 * <p>The components follow the diary's check-in input one for one, so an adapter only copies fields.
 * An unanswered field leaves that day out of the comparison for that factor only.
 *
 * @param day             the person's calendar day
 * @param exercise        {@code none}, {@code light} or {@code hard}
 * @param heatMinutes     minutes spent in heat
 * @param fluidGlasses    glasses of fluid drunk
 * @param longSitting     sat for a long time
 * @param longStanding    stood for a long time or on concrete floors
 * @param tightShoes      wore tight shoes or heels
 * @param caffeineDrinks  drinks with caffeine
 * @param alcoholDrinks   drinks with alcohol
 * @param sleepPosition   {@code back}, {@code side}, {@code front} or {@code mixed}
 * @param medicineChanged started or changed a medicine
 * @param note            the person's own words
 */
public record CheckInRecord(LocalDate day, String exercise, Integer heatMinutes, Integer fluidGlasses,
                            Boolean longSitting, Boolean longStanding, Boolean tightShoes, Integer caffeineDrinks,
                            Integer alcoholDrinks, String sleepPosition, Boolean medicineChanged, String note) {
    public CheckInRecord {
        if (day == null) {
            throw new IllegalArgumentException("day is required");
        }
    }
}
