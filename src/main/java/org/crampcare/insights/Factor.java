package org.crampcare.insights;

import java.util.function.Function;

/**
 * A possible trigger read from the daily check-in, turned into a yes/no exposure for the day.
 *
 * <p>Numeric answers are cut at a stated threshold so every factor is compared the same way: days with
 * it against days without it. Each constant's definition says exactly where the cut lies.
 */
public enum Factor {
    EXERCISE("exercise", "exercise", "light or hard exercise",
            c -> c.exercise() == null ? null : !"none".equals(c.exercise())),
    HARD_EXERCISE("hard_exercise", "hard exercise", "exercise answered as hard",
            c -> c.exercise() == null ? null : "hard".equals(c.exercise())),
    HEAT("heat", "time in heat", "any minutes in heat (more than 0)",
            c -> c.heatMinutes() == null ? null : c.heatMinutes() > 0),
    LOW_FLUIDS("low_fluids", "fewer than 6 glasses of fluid", "fewer than 6 glasses of fluid in the day",
            c -> c.fluidGlasses() == null ? null : c.fluidGlasses() < 6),
    LONG_SITTING("long_sitting", "long sitting", "sat for a long time", CheckInRecord::longSitting),
    LONG_STANDING("long_standing", "long standing or concrete floors", "stood for a long time or on concrete",
            CheckInRecord::longStanding),
    TIGHT_SHOES("tight_shoes", "tight shoes or heels", "wore tight shoes or heels", CheckInRecord::tightShoes),
    CAFFEINE("caffeine", "3 or more caffeine drinks", "3 or more drinks with caffeine",
            c -> c.caffeineDrinks() == null ? null : c.caffeineDrinks() >= 3),
    ALCOHOL("alcohol", "alcohol", "any drink with alcohol (1 or more)",
            c -> c.alcoholDrinks() == null ? null : c.alcoholDrinks() >= 1),
    SLEEP_FRONT("sleep_front", "sleeping on the front", "slept on the front (feet pointing down)",
            c -> c.sleepPosition() == null ? null : "front".equals(c.sleepPosition())),
    MEDICINE_CHANGED("medicine_changed", "a new or changed medicine", "started or changed a medicine that day",
            CheckInRecord::medicineChanged);

    private final String id;
    private final String label;
    private final String definition;
    private final Function<CheckInRecord, Boolean> exposure;

    Factor(String id, String label, String definition, Function<CheckInRecord, Boolean> exposure) {
        this.id = id;
        this.label = label;
        this.definition = definition;
        this.exposure = exposure;
    }

    /** The stable id used in JSON. */
    public String id() {
        return id;
    }

    /** Words for a sentence: "more cramps on days with {label}". */
    public String label() {
        return label;
    }

    /** Exactly which answers count as "with" this factor. */
    public String definition() {
        return definition;
    }

    /** Whether the day had the factor; null when the question was not answered. */
    Boolean presentOn(CheckInRecord checkIn) {
        return exposure.apply(checkIn);
    }
}
