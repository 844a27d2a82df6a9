package org.crampcare.diary;

import java.util.Locale;

/** How hard the person exercised on a day. */
public enum Exercise implements Word {
    NONE, LIGHT, HARD;

    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
