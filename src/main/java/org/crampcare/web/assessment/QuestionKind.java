package org.crampcare.web.assessment;

import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;

/** How an interview item is shown as a form control. */
enum QuestionKind {
    /** Yes / No / I don't know radio buttons. */
    YES_NO,
    /** A short whole-number scale (such as pain 0-10) as radio buttons, plus I don't know. */
    SCALE,
    /** A number box with an "I don't know" tick box. */
    NUMBER,
    /** Tick boxes plus an explicit "None of these". */
    LIST,
    /** One-of radio buttons. */
    CHOICE;

    static QuestionKind of(Item item) {
        ItemType type = item.type();
        if (type == ItemType.BOOLEAN) {
            return YES_NO;
        }
        if (type == ItemType.LIST) {
            return LIST;
        }
        if (type == ItemType.CHOICE) {
            return CHOICE;
        }
        boolean shortScale = type == ItemType.INTEGER && item.min() != null && item.max() != null
                && item.max() - item.min() <= 10;
        return shortScale ? SCALE : NUMBER;
    }

    /** The lower-case name the templates switch on. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
