package org.crampcare.diary;

import java.util.Locale;

/** What the person was doing when a cramp began ({@code asleep} means it woke them). */
public enum Activity implements Word {
    ASLEEP, RESTING, SITTING, STANDING, WALKING, EXERCISING, IN_HEAT;

    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
