package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #13 / #18, session 7, on sentences written for these tests (none from an evaluation set):
 * signs told by what they do or look like rather than named, retractions ("scratch that",
 * "bueno, exagero"), and fronted denials ("unbearable it is not", "insoportable no es"), in English
 * and Spanish. Each mechanism has near-misses that must not fire.
 */
class SignsByWhatTheyDoTest {

    private static TextReading read(String text, String language) {
        return Reading.INTAKE.read(text, language.equals("es") ? Language.ES : Language.EN);
    }

    private static Map<String, Object> answers(String text, String language) {
        return read(text, language).answers();
    }

    private static List<String> toConfirm(String text, String language) {
        return read(text, language).toConfirm().stream().map(Confirmation::item).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A hand that cannot hold what it holds every day is weak.
        "after the forearm cramp I couldn't even lift the kettle | en | weakness",
        "my hand cramps and now I struggle to hold a pen | en | weakness",
        "thumb cramps all week, I can't really squeeze the toothpaste or grip anything | en | weakness",
        "tengo calambres en el antebrazo y ya no puedo sujetar el celular | es | weakness",
        "después de los calambres me cuesta abrir los frascos | es | weakness",
        // A simile with a covering between the skin and the world is numbness.
        "after the foot cramp the sole feels like I'm standing on it through a sponge | en | numbness",
        "since the cramp my fingertips feel as if they're wearing oven gloves | en | numbness",
        "my calf cramped and now that leg feels like somebody else's | en | numbness",
        "the cramp has gone but I can't honestly feel the pedals with that foot | en | numbness",
        "me dio un calambre en el pie y ahora la planta la siento como de corcho | es | numbness",
        "después del calambre los dedos los noto como si tuviera guantes puestos | es | numbness",
        "tuve un calambre en la pantorrilla y la pierna la siento como si fuera de otra persona | es | numbness",
        // A colour without a hedge, or a part colder or paler than the other side.
        "foot cramp, and now the toes look bluish | en | skin_changes",
        "after the cramp my right foot is colder than the left one | en | skin_changes",
        "calf cramp, the shin looks paler compared to the other leg | en | skin_changes",
        "calambre en el pie derecho, está más frío que el izquierdo | es | skin_changes",
        "calambres en la mano y los dedos quedan más pálidos que los de la otra | es | skin_changes",
        // Warmer than the other side.
        "calf cramp yesterday and the left calf is hotter than the right one today | en | warmth",
        "the thigh that cramped feels warmer compared to the other | en | warmth",
        // Clumsiness told by what happens.
        "since the hand cramps I keep knocking cups over and missed the last step twice | en | poor_coordination",
        "hand cramps and then I keep hitting the wrong keys at work | en | poor_coordination",
        "calambres en las manos y últimamente me choco con todo | es | poor_coordination",
        "calambre en los dedos y después le erro a las teclas | es | poor_coordination"})
    void signsToldByWhatTheyDoAreRead(String text, String language, String item) {
        assertThat(answers(text, language)).containsEntry(item, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "calf cramp last night. my mug was cold by the time I got back to bed | en | skin_changes",
        "my gloves are thick so my hands don't cramp in the cold | en | numbness",
        "I wear thick ski gloves at work and my hands cramp | en | numbness",
        "I bought purple socks and my calves cramp at night | en | skin_changes",
        "foot cramps, I'm colder than my husband at night | en | skin_changes",
        "my hand cramps when I grip the steering wheel for hours | en | weakness",
        "I do it like I usually do in my socks, calf cramp | en | numbness",
        "me compré unas medias moradas y me dan calambres en los gemelos | es | skin_changes",
        "la taza estaba fría y tuve un calambre en la mano | es | skin_changes",
        "uso guantes gruesos en el trabajo y se me acalambran las manos | es | numbness"})
    void nearMissesOfSignsDoNotFire(String text, String language, String item) {
        assertThat(answers(text, language)).doesNotContainEntry(item, true);
    }

    /** "Couldn't hold it" may be the hand or a bladder: asked, quoting the person, never set. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "calf cramp, I couldn't hold it in and wet myself | en | weakness",
        "después del calambre la pierna la siento como de madera | es | numbness"})
    void weakHintsAreAskedNotSet(String text, String language, String item) {
        assertThat(answers(text, language)).doesNotContainKey(item);
        assertThat(toConfirm(text, language)).contains(item);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A red flag the writer seems to take back still counts: what a correction takes back is not
        // always clear ("calf is swollen. Well, I exaggerated the cramp"), and over-triage is the safe
        // side (review, seventh pass). Other items taken back set nothing (whatFollowsACorrectionCounts).
        "I get cramps all over my body. Well, I exaggerate: really it's only my thighs, never together. | en | all_over_body",
        "my calf is swollen, actually no, scratch that, the calf is fine and the thigh cramps | en | swelling",
        "The cramp is unbearable, sorry, I meant it's bad but bearable enough | en | unbearable_pain",
        "Me dan calambres en todo el cuerpo. Bueno, exagero: son en los gemelos nomás. | es | all_over_body",
        "tengo la pierna hinchada, bueno no, la siento pesada nomás, calambre en el gemelo | es | swelling",
        "calambres en todo el cuerpo, perdón, quise decir en las dos piernas | es | all_over_body"})
    void aRedFlagTheWriterSeemsToTakeBackStillCounts(String text, String language, String item) {
        assertThat(answers(text, language)).containsEntry(item, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // What follows the correction counts.
        "the cramp lasted 20 minutes, sorry, I meant 2 minutes | en | episode_minutes | 2",
        "el calambre me duró 30 minutos, me equivoqué, fueron 3 minutos | es | episode_minutes | 3"})
    void whatFollowsACorrectionCounts(String text, String language, String item, double value) {
        assertThat(((Number) answers(text, language).get(item)).doubleValue()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Not retractions: "actually" and "I mean" alone go on with what was said.
        "these calf cramps are actually unbearable, every night | en | unbearable_pain",
        "the cramp is unbearable. I mean it, I can't take it | en | unbearable_pain",
        "I meant to stretch before bed but my calf cramped anyway and the pain is unbearable | en | unbearable_pain",
        "en realidad el calambre es insoportable | es | unbearable_pain",
        // A take-back of something else keeps the red flag said after it.
        "calf cramp for 20 minutes, scratch that, 30, and the pain is unbearable | en | unbearable_pain"})
    void notRetractionsKeepTheRedFlag(String text, String language, String item) {
        assertThat(answers(text, language)).containsEntry(item, true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A fronted denial denies what opens its clause.
        "calf cramps most nights. Painful, yes. Unbearable it is not. | en | unbearable_pain",
        "foot cramp last night; swollen it isn't, red it isn't either | en | swelling",
        "foot cramp last night; swollen it isn't, red it isn't either | en | redness",
        "Cramps in my thighs, but unbearable they aren't | en | unbearable_pain",
        "me duelen los gemelos, insoportable no es, pero molesta | es | unbearable_pain",
        "Los calambres duelen, pero graves no son y insoportables tampoco son. | es | unbearable_pain",
        "calambre en el pie, hinchazón no tengo ni enrojecimiento | es | swelling",
        "calambre en el muslo y la verdad es que hinchado no está | es | swelling"})
    void aFrontedDenialDenies(String text, String language, String item) {
        assertThat(answers(text, language)).containsEntry(item, false);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // A denial that does not close its clause denies only what follows it.
        "the calf cramp is unbearable, it's not stopping | en | unbearable_pain",
        "the cramp is unbearable it is not going away | en | unbearable_pain",
        "el calambre es insoportable, no es normal | es | unbearable_pain",
        "pie hinchado no es lo que me preocupa, calambre en el gemelo | es | swelling"})
    void aDenialThatDoesNotCloseItsClauseKeepsTheSign(String text, String language, String item) {
        assertThat(answers(text, language)).containsEntry(item, true);
    }
}
