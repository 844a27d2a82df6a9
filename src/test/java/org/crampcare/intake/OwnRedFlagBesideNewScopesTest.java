package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The writer's own red flag, written next to one of the seventh pass's new scopes (a correction,
 * a possessive or "a ..." person, a Spanish word pointing back to someone, "it" carrying a topic),
 * still counts (hazard H-03).
 *
 * <p>Why: a review of the merged change found 19 texts like these that read lower than before the
 * change, nine of them emergencies read as self-care. Each line failed on the merged build before the
 * review's fixes: emphasis read as a correction, "X's" meaning "X is", another person's stretch
 * running past a comma, and "it" carried after a stretch that never spoke of that person again.
 */
class OwnRedFlagBesideNewScopesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "el dolor es insoportable, no exagero | unbearable_pain",
        "me dan calambres en todo el cuerpo a la vez, no estoy exagerando | all_over_body",
        "the pain is unbearable, well I mean it | unbearable_pain",
        "the pain is unbearable, sorry I mean it | unbearable_pain",
        "cramps all over my body, i lied down and it got worse | all_over_body",
        "the pain is so unbearable I can't ignore that | unbearable_pain",
        "calf is swollen. Well, I exaggerated the cramp, it lasted only a minute | swelling",
        "Husband's at work, cramps all over my body at the same time | all_over_body",
        "my gf's asleep, whole body cramping at the same time | all_over_body",
        "Mum's worried, calf swollen and red | swelling",
        "Dad's gone to get the car, calf is swollen and red and hot | swelling",
        "mi papá me dice que se le pasa solo, calambres en todo el cuerpo a la vez | all_over_body",
        "el padre de mis hijos vino, calambres en todo el cuerpo a la vez | all_over_body",
        "I'm a nurse and a mum, cramps all over my body | all_over_body",
        "I'm a nurse, a mum and a runner, calf swollen and hot | swelling",
        "my husband had a look at it, it is swollen and hot | swelling",
        "my wife had the same once and it went away, it is swollen and red now | swelling"})
    void theWritersOwnRedFlagCounts(String text, String item) {
        assertThat(Reading.answers(text)).containsEntry(item, true);
    }
}
