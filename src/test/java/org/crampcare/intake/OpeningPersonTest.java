package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * Whom a text is about when it opens with another adult's cramps (issues #13 and #18), crossed:
 * several people (with a determiner, an age in brackets or commas, a kin word used as a name) x
 * several red flags, in English and Spanish, beside near misses that stay about the writer (the
 * writer's own cramps beside a relative's, a relative only as context, a hypothetical).
 *
 * <p>Why: a carer's report about an adult named with no caregiver lead was read as someone else's
 * story, so every red flag the carer gave set nothing (hazard H-20). Sentences of our own, never
 * from an evaluation set.
 */
class OpeningPersonTest {
    /** People as "subject|pronoun|possessive". */
    private static final List<String> PEOPLE = List.of("My husband|He|his", "My wife (52)|She|her", "Grandad|He|his",
            "Our nan|She|her", "My dad, 81,|He|his", "Mum|She|her", "My father in law|He|his");

    /** Red-flag frames as "item|text", {s} the person, {p} the pronoun, {h} the possessive. */
    private static final List<String> FLAGS = List.of(
            "unbearable_pain|{s} has had a cramp in {h} thigh for over an hour. {p} says the pain is unbearable.",
            "all_over_body|{s} is cramping in {h} legs, arms and stomach all at the same time.",
            "swelling|{s} woke with a cramp in {h} calf and now the calf is swollen and red.",
            "unbearable_pain|{s} keeps getting a cramp in {h} foot tonight, {p} can't bear it any longer.");

    private static final List<String> GENTE = List.of("Mi esposo|él|su", "Mi suegra|ella|su", "Mamá|ella|su",
            "Mi abuelo (83)|él|su", "Papá|él|su", "Mi mamá, de 79 años,|ella|su");

    private static final List<String> BANDERAS = List.of(
            "unbearable_pain|{s} tiene un calambre en la pierna desde hace una hora y dice que no aguanta el dolor.",
            "all_over_body|{s} tiene calambres en las piernas, los brazos y la barriga al mismo tiempo.",
            "swelling|{s} tiene un calambre en la pantorrilla y la pierna está hinchada y caliente.");

    /** Near misses: the first person's red flag must set nothing, since the writer speaks of their own cramps. */
    private static final List<String> NEAR_MISSES = List.of(
            "unbearable_pain|{s} had the same thing years ago, {p} was in unbearable pain with it. I get a cramp in my foot once a week.",
            "all_over_body|{s} gets cramps all over {h} body. Mine are only in my calves at night.",
            "all_over_body|If {s} ever got cramps all over, should {p} go to hospital? Mine are just in my calves.",
            "swelling|{s} had a swollen red calf with {h} cramps last year. I have a cramp in my toes most mornings.");

    private static final List<String> CASI = List.of(
            "all_over_body|{s} también tiene calambres en todo el cuerpo, pero a mí solo me dan en los pies por la noche.",
            "swelling|{s} tuvo la pierna hinchada y caliente con los calambres. A mí me da un calambre en el pie cada semana.");

    @Test
    void anAdultTheTextOpensWithIsThePatientInEnglish() {
        assertThat(misses(PEOPLE, FLAGS, Language.EN, true)).isEmpty();
    }

    @Test
    void anAdultTheTextOpensWithIsThePatientInSpanish() {
        assertThat(misses(GENTE, BANDERAS, Language.ES, true)).isEmpty();
    }

    @Test
    void theWritersOwnCrampsKeepTheTextTheirsInEnglish() {
        assertThat(misses(PEOPLE, NEAR_MISSES, Language.EN, false)).isEmpty();
    }

    @Test
    void theWritersOwnCrampsKeepTheTextTheirsInSpanish() {
        assertThat(misses(GENTE, CASI, Language.ES, false)).isEmpty();
    }

    /** A relative who only drives the writer, or had it once, gives the writer no sex of theirs. */
    @Test
    void aRelativeAsContextGivesTheWriterNothing() {
        List<String> wrong = new ArrayList<>();
        for (String frame : List.of("{s} drove me to A&E last night; my calf cramp had lasted twenty minutes.",
                "{s} says I should stretch more, my hamstring cramps most nights.",
                "{s} had the same thing years ago. Should I worry about my cramps?")) {
            for (String person : PEOPLE) {
                String text = fill(frame, person);
                if (Reading.en(text).containsKey("sex")) {
                    wrong.add(text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The age in brackets, after commas or after "is" is the opening person's age. */
    @Test
    void anAgeBesideTheOpeningPersonIsTheirs() {
        for (String text : List.of("My wife (44) has a cramp in her back.", "my husband, 58, has a cramp in his calf.",
                "My mum is 84 and has a cramp in her foot.")) {
            assertThat(Reading.en(text).get("age")).as(text).isIn(44, 58, 84);
        }
        assertThat(Reading.es("Mi papá (79) tiene un calambre en el pie.").get("age")).isEqualTo(79);
    }

    /** Each filled frame whose item is not as wanted: set true ({@code set}) or not set true. */
    private static List<String> misses(List<String> people, List<String> frames, Language language, boolean set) {
        List<String> wrong = new ArrayList<>();
        for (String f : frames) {
            String item = f.substring(0, f.indexOf('|'));
            for (String person : people) {
                String text = fill(f.substring(f.indexOf('|') + 1), person);
                Map<String, Object> answers = language == Language.ES ? Reading.es(text) : Reading.en(text);
                if (Boolean.TRUE.equals(answers.get(item)) != set) {
                    wrong.add(item + ": " + text);
                }
            }
        }
        return wrong;
    }

    /** The frame with the person's words; a person opening a later clause keeps a capital only where the frame has one. */
    private static String fill(String frame, String person) {
        String[] p = person.split("\\|");
        String subject = frame.startsWith("{s}") ? p[0] : lower(p[0]);
        return frame.replace("{s}", subject).replace("{p}", frame.indexOf("{p}") == 0 ? p[1] : lowerAfterComma(frame, p[1]))
                .replace("{h}", p[2]);
    }

    private static String lowerAfterComma(String frame, String pronoun) {
        int at = frame.indexOf("{p}");
        boolean sentenceStart = at >= 2 && frame.charAt(at - 2) == '.';
        return sentenceStart ? pronoun : lower(pronoun);
    }

    private static String lower(String word) {
        return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}
