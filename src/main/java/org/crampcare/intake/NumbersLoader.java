package org.crampcare.intake;

import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;

/** Compiles the {@code numbers} section of a lexicon: number words, units, rates and their small words. */
final class NumbersLoader {
    private static final String PATH = "$.numbers";

    private NumbersLoader() {
    }

    static Numbers numbers(WordLists lists, JsonNode n) {
        return new Numbers(lists.values(n.get("words"), PATH + ".words"),
                lists.values(n.get("durationUnits"), PATH + ".durationUnits"),
                lists.values(n.get("periods"), PATH + ".periods"), lists.flags(n, "fillers", PATH),
                lists.flags(n, "countWords", PATH), lists.values(n.get("frequencies"), PATH + ".frequencies"),
                n.has("weekdays") ? lists.values(n.get("weekdays"), PATH + ".weekdays")
                        : new Vocabulary.Builder<Double>().build(),
                lists.optionalFlags(n, "approximators", PATH), lists.optionalFlags(n, "sameDays", PATH),
                links(lists, n.get("links")));
    }

    private static Numbers.NumberLinks links(WordLists lists, JsonNode n) {
        String path = PATH + ".links";
        return new Numbers.NumberLinks(lists.words(n, "per", path), lists.words(n, "notCardinal", path),
                lists.words(n, "rangeWords", path), lists.words(n, "unitRange", path), lists.words(n, "between", path),
                lists.words(n, "tensJoiners", path), lists.flags(n, "scales", path), lists.flags(n, "looseScales", path),
                lists.words(n, "every", path), lists.words(n, "rateNegations", path), lists.words(n, "dayJoiners", path),
                lists.words(n, "vague", path), lists.words(n, "notDurationAfter", path), lists.words(n, "agoLeads", path),
                lists.words(n, "still", path), lists.words(n, "later", path), lists.words(n, "painNow", path),
                lists.stems(n.get("afterPainScore"), path + ".afterPainScore"), lists.words(n, "scoreArticles", path),
                n.has("onePeriod") ? lists.words(n, "onePeriod", path) : Set.of());
    }
}
