package org.crampcare.knowledge;

import java.util.List;

/** A browsable topic (one knowledge file) and its entries in file order. */
public record ContentTopic(String id, String title, String intro, List<ContentEntry> entries) {
    public ContentTopic {
        entries = List.copyOf(entries);
    }
}
