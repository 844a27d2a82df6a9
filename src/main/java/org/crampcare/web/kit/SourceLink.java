package org.crampcare.web.kit;

import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Source;

/**
 * A cited source as a link to its description on the sources page.
 *
 * <p>Public because the precompiled templates live in another package.
 */
public record SourceLink(String id, String publisher) {

    /** The links for these source ids, in the given order. */
    public static List<SourceLink> of(List<String> ids, Map<String, Source> sources) {
        return ids.stream().map(id -> new SourceLink(id, sources.containsKey(id) ? sources.get(id).publisher() : id))
                .toList();
    }

    /** The short publisher name without the part in brackets, e.g. "MedlinePlus". */
    public String shortName() {
        int bracket = publisher.indexOf(" (");
        return bracket < 0 ? publisher : publisher.substring(0, bracket);
    }
}
