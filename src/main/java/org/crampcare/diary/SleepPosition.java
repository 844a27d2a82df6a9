package org.crampcare.diary;

import java.util.Locale;

/** How the person slept. */
public enum SleepPosition implements Word {
    BACK, SIDE, FRONT, MIXED;

    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
