package org.crampcare.diary;

import java.util.Locale;

/** Where a cramp was; the same words as the assessment contract's {@code locations} values. */
public enum Muscle implements Word {
    CALF, HAMSTRING, THIGH, FOOT, TOES, HAND, ARM, ABDOMEN, RIBCAGE, BACK, NECK;

    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
