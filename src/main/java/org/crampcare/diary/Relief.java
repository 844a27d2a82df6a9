package org.crampcare.diary;

import java.util.Locale;

/** What the person tried against a cramp; each is stored with how much it helped (0 to 3). */
public enum Relief implements Word {
    STRETCH, MASSAGE, HEAT, ICE, WALKING, FLUIDS, PAIN_RELIEVER, NOTHING;

    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
