package org.crampcare.diary;

import java.util.Locale;

/** Which side of the body a cramp was on. */
public enum Side implements Word {
    LEFT, RIGHT, BOTH, NONE;

    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
