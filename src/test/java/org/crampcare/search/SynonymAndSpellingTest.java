package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.search.SearchFixture.SEARCH;
import static org.crampcare.search.SearchFixture.firstId;

import org.junit.jupiter.api.Test;

class SynonymAndSpellingTest {

    @Test
    void charleyHorseFindsCrampEntries() {
        SearchResult r = SEARCH.search("charley horse", 5);
        assertThat(r.answers()).isNotEmpty();
        assertThat(r.answers()).allSatisfy(a -> assertThat(a.id()).doesNotStartWith("rule."));
        assertThat(r.answers().get(0).text()).containsIgnoringCase("cramp");
    }

    @Test
    void synonymAloneReachesEntriesThatNeverUseTheWord() {
        // "crick" appears only in synonyms.yaml, never in the content.
        assertThat(SEARCH.search("crick", 3).answers()).isNotEmpty()
                .allSatisfy(a -> assertThat(a.title() + " " + a.text()).containsIgnoringCase("cramp"));
    }

    @Test
    void coldPackFindsIce() {
        assertThat(firstId("cold pack")).isEqualTo("relief.ice");
        assertThat(firstId("how long do I keep frozen peas on it")).isEqualTo("relief.ice");
    }

    @Test
    void heatingPadFindsHeat() {
        assertThat(firstId("is a heating pad a good idea")).startsWith("relief.heat");
    }

    @Test
    void aAndEFindsEmergencyAdvice() {
        assertThat(firstId("when should I go to A&E with a cramp")).startsWith("provider.help.emergency");
    }

    @Test
    void ownWordsOutrankSynonyms() {
        SearchResult r = SEARCH.search("spasm", 10);
        assertThat(r.answers().get(0).title() + r.answers().get(0).text()).containsIgnoringCase("spasm");
    }

    @Test
    void pluralAndMisspelledWordsStillMatch() {
        assertThat(firstId("stretchs for my calfs")).startsWith("relief.calf.");
        assertThat(firstId("hamstrng")).isEqualTo("relief.hamstring.toes-toward-you");
        assertThat(firstId("masage for a cramp")).isEqualTo("relief.massage");
        assertThat(firstId("magnesuim and cramps")).isIn("factors.electrolytes", "facts.deficiency",
                "prevention.supplements");
    }

    @Test
    void shortWordsAreNeverCorrected() {
        // "ise" is one edit from "ice", but changing three-letter words guesses too much.
        assertThat(SEARCH.search("ise", 3).answers()).isEmpty();
        assertThat(firstId("ice pakc")).as("four letters and more are corrected").isIn("relief.ice", "relief.heat-or-ice");
    }

    @Test
    void highlightingMarksMatchedWordsAndEscapesTheRest() {
        SearchAnswer ice = SEARCH.search("ice towel", 1).answers().get(0);
        assertThat(ice.highlighted()).contains("<mark>ice</mark>").contains("<mark>towel</mark>");
        TextAnalysis analysis = new TextAnalysis(java.util.List.of());
        String html = Marks.html(analysis, "ice <b> & more", java.util.Set.copyOf(analysis.stems("ice")));
        assertThat(html).isEqualTo("<mark>ice</mark> &lt;b&gt; &amp; more");
    }
}
