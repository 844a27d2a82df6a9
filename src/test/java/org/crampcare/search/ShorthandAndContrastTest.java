package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampcare.search.SearchFixture.SEARCH;
import static org.crampcare.search.SearchFixture.firstId;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/** Texting shorthand written out ({@link Spelling}) and options a question sets aside ({@link Contrasts}). */
class ShorthandAndContrastTest {
    private final TextAnalysis analysis = new TextAnalysis(List.of());
    private final Spelling spelling = new Spelling(analysis, List.of("what to do right now"),
            Map.of("rn", "right now", "wat", "what"));
    private final Contrasts contrasts = new Contrasts(analysis, List.of("instead of", "better than"), List.of("for"));

    @Test
    void shorthandIsWrittenOutBeforeSpelling() {
        assertThat(spelling.correct("wat do i do rn")).isEqualTo("what do i do right now");
    }

    @Test
    void theSetAsideOptionRunsToTheEndOfItsClauseOrAnEndWord() {
        assertThat(contrasts.setAside("go to A&E instead of waiting for the GP?", spelling))
                .isEqualTo(Set.copyOf(analysis.stems("waiting")));
        assertThat(contrasts.setAside("Is heat better than ice, or neither?", spelling))
                .isEqualTo(Set.copyOf(analysis.stems("ice")));
        assertThat(contrasts.setAside("how do I ease a calf cramp", spelling)).isEmpty();
    }

    @Test
    void aTextingQuestionAboutACrampNowGetsRelief() {
        assertThat(firstId("hamstring cramp rn wat do i do")).startsWith("relief.");
    }

    @Test
    void theOptionSetAsideNoLongerWinsTheAnswer() {
        assertThat(firstId("when do I go to the emergency room instead of waiting to see my doctor"))
                .isEqualTo("provider.help.emergency");
    }

    @Test
    void countsAndCombinationsOfPainkillersAreNotAnswered() {
        assertThat(SEARCH.search("can I take 2 nurofen with paracetamol at the same time", 3).answers()).isEmpty();
        assertThat(SEARCH.search("is paracetamol ok for cramp pain", 3).answers()).isNotEmpty();
    }

    @Test
    void anAmountOrHowOftenOfAMedicineIsNotAnswered() {
        assertThat(SEARCH.search("¿Qué cantidad de quinina se toma?", 3, Language.ES).answers()).isEmpty();
        assertThat(SEARCH.search("cada cuánto puedo tomar ibuprofeno para el calambre", 3, Language.ES).answers()).isEmpty();
        assertThat(SEARCH.search("what amount of magnesium do I need for cramps", 3).answers()).isEmpty();
        assertThat(SEARCH.search("¿la quinina sirve para los calambres?", 3, Language.ES).answers()).isNotEmpty();
        assertThat(SEARCH.search("I take 2 paracetamol for my back, could that cause cramps?", 3).answers()).isNotEmpty();
    }
}
