package org.crampcare.diary;

import java.time.LocalDate;

/**
 * A daily check-in as entered (one per person and local day; saving again replaces it). Every field
 * except the date may be missing, meaning "not answered".
 *
 * @param date            the person's local day
 * @param exercise        {@link Exercise} value or null
 * @param heatMinutes     minutes spent in heat, 0 to 1440
 * @param fluidGlasses    glasses of fluid, 0 to 50
 * @param longSitting     sat for long stretches
 * @param longStanding    stood for long or on concrete floors
 * @param tightShoes      wore tight shoes or high heels
 * @param caffeineDrinks  drinks with caffeine, 0 to 50
 * @param alcoholDrinks   drinks with alcohol, 0 to 50
 * @param sleepPosition   {@link SleepPosition} value or null
 * @param medicineChanged started or changed a medicine
 * @param note            free text up to {@value DiaryRules#MAX_NOTE} characters
 */
public record CheckInInput(LocalDate date, String exercise, Integer heatMinutes, Integer fluidGlasses,
                           Boolean longSitting, Boolean longStanding, Boolean tightShoes, Integer caffeineDrinks,
                           Integer alcoholDrinks, String sleepPosition, Boolean medicineChanged, String note) {
    /** A check-in for a day with nothing answered yet. */
    public static CheckInInput empty(LocalDate date) {
        return new CheckInInput(date, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Leaves the answers out, so a log line can never carry health details by accident. */
    @Override
    public String toString() {
        return "CheckInInput[...]";
    }
}
