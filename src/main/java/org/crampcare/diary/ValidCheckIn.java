package org.crampcare.diary;

import java.time.LocalDate;

/** A check-in that passed every check. */
record ValidCheckIn(LocalDate date, Exercise exercise, Integer heatMinutes, Integer fluidGlasses, Boolean longSitting,
                    Boolean longStanding, Boolean tightShoes, Integer caffeineDrinks, Integer alcoholDrinks,
                    SleepPosition sleepPosition, Boolean medicineChanged, String note) {
}
