package org.crampcare.diary;

import java.time.Instant;
import java.time.LocalDate;

/** One stored daily check-in; null fields were not answered. See {@link CheckInInput} for the meanings. */
public record CheckIn(long id, LocalDate date, Exercise exercise, Integer heatMinutes, Integer fluidGlasses,
                      Boolean longSitting, Boolean longStanding, Boolean tightShoes, Integer caffeineDrinks,
                      Integer alcoholDrinks, SleepPosition sleepPosition, Boolean medicineChanged, String note,
                      Instant updatedAt) {
    /** The check-in as input, e.g. to fill the form again. */
    public CheckInInput toInput() {
        return new CheckInInput(date, exercise == null ? null : exercise.value(), heatMinutes, fluidGlasses,
                longSitting, longStanding, tightShoes, caffeineDrinks, alcoholDrinks,
                sleepPosition == null ? null : sleepPosition.value(), medicineChanged, note);
    }

    /** Leaves the answers out, so a log line can never carry health details by accident. */
    @Override
    public String toString() {
        return "CheckIn[id=" + id + ", date=" + date + "]";
    }
}
