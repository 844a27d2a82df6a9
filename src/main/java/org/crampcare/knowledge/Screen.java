package org.crampcare.knowledge;

import java.util.List;

/** A group of items asked together, in the policy's interview order. */
public record Screen(String id, String title, String intro, List<String> items) {
    public Screen {
        items = List.copyOf(items);
    }
}
