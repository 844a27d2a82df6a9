package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * Whose facts a text gives, crossed (issues #13 and #18): each mechanism is tried in several frames
 * with several fillers, beside near misses where it must not fire. The mechanisms: adjectives between
 * a determiner and a person word ("my LATE husband", "mi DIFUNTO esposo"); a pronoun sentence right
 * after a sentence about another person ("My aunt had a stroke. SHE had a numb hand"); what the writer
 * fears it is ("I'm terrified this is ALS"); a writer's clause that only says how they feel ("now I'm
 * freaking out") beside another person's exposure; and the reported person's "his"/"su" in a parent's
 * or carer's report ("the worst pain of HIS life"). Sentences of our own, never from an evaluation set.
 */
class WhoseFactsFramesTest {

    private static TextReading read(String text, Language language) {
        return Reading.INTAKE.read(text, language);
    }

    private static List<String> asked(TextReading reading) {
        return reading.toConfirm().stream().map(Confirmation::item).toList();
    }

    /** Fails listing every text whose answers set the item, so one run shows the whole grid. */
    private static void noneSets(List<String> texts, Language language, String item) {
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            if (read(text, language).answers().containsKey(item)) {
                wrong.add(text);
            }
        }
        assertThat(wrong).as("texts that set " + item).isEmpty();
    }

    /** Fails listing every text whose answers do not set the item to true. */
    private static void allSet(List<String> texts, Language language, String item) {
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            if (!Boolean.TRUE.equals(read(text, language).answers().get(item))) {
                wrong.add(text);
            }
        }
        assertThat(wrong).as("texts that do not set " + item).isEmpty();
    }

    private static List<String> cross(List<String> frames, List<String> fillers) {
        List<String> out = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                out.add(frame.replace("{}", filler));
            }
        }
        return out;
    }

    @Test
    void anAdjectiveBetweenMyAndThePersonStillNamesThem() {
        List<String> frames = List.of(
                "My {} had a swollen calf for weeks with his heart trouble. I only get a quick foot cramp.",
                "Our {} was always complaining of swollen ankles; I just get the odd twinge in my toes.",
                "my {} gets swollen legs after dialysis, me I just have a calf cramp now and then");
        List<String> people = List.of("late husband", "poor old dad", "elderly neighbour", "ex partner", "dear uncle");
        noneSets(cross(frames, people), Language.EN, "swelling");
        // Near misses: the adjective is before a thing, not a person, so the sign is the writer's.
        allSet(List.of("My late shift left my calf swollen after the cramp.",
                "My poor calf is swollen after the cramp last night.",
                "my old knee is swollen since the cramp on Sunday"), Language.EN, "swelling");
    }

    @Test
    void spanishAdjectiveBetweenMiAndThePersonStillNamesThem() {
        List<String> frames = List.of(
                "Mi {} tenía la pierna hinchada por el corazón. Yo solo tengo calambres leves en el pie.",
                "mi {} vivía con los tobillos hinchados, a mí solo me da un tirón en el gemelo a veces");
        List<String> people = List.of("difunto esposo", "pobre mamá", "difunta abuela", "ex marido", "finado suegro");
        noneSets(cross(frames, people), Language.ES, "swelling");
        allSet(List.of("mi pobre pierna está hinchada después del calambre",
                "Mi pobre gemelo izquierdo quedó hinchado tras el calambre de anoche."), Language.ES, "swelling");
    }

    @Test
    void aPronounSentenceRightAfterAnotherPersonGoesOnAboutThem() {
        List<String> mentions = List.of("My aunt had a stroke last spring.", "Our neighbour ended up in hospital in May.",
                "My gran's friend was poorly for months.");
        List<String> pronounSentences = List.of("She had a numb hand and a red swollen leg.",
                "She had a red swollen leg and a numb hand for days.");
        List<String> texts = new ArrayList<>();
        for (String m : mentions) {
            for (String p : pronounSentences) {
                texts.add(m + " " + p + " I get a foot cramp now and then.");
            }
        }
        noneSets(texts, Language.EN, "swelling");
        noneSets(texts, Language.EN, "numbness");
        for (String text : texts) {
            // The sentence names no one: its red flags are asked, never dropped.
            assertThat(asked(read(text, Language.EN))).as(text).contains("swelling", "numbness");
        }
        allSet(List.of(
                // The writer speaks in the pronoun sentence: the sign is the writer's.
                "My aunt had a stroke last spring. She says my calf is swollen since the cramp.",
                // The writer's sentence comes between: the pronoun no longer follows the other person.
                "Our neighbour ended up in hospital. I got a cramp last night. He thinks the calf is swollen.",
                // A parent's report: "she" is the child with the cramps.
                "My daughter is 7. She has a swollen calf after a cramp this morning."), Language.EN, "swelling");
    }

    @Test
    void spanishPronounSentenceRightAfterAnotherPersonGoesOnAboutThem() {
        List<String> mentions = List.of("Mi comadre tuvo un derrame el año pasado.", "A mi vecina la internaron en mayo.",
                "La amiga de mi hermana estuvo enferma.");
        List<String> texts = new ArrayList<>();
        for (String m : mentions) {
            texts.add(m + " Ella tenía la mano dormida y la pierna hinchada. Yo tengo calambres en el pie a veces.");
        }
        noneSets(texts, Language.ES, "numbness");
        // "... y la pierna hinchada" opens a clause that may be the writer's: read as theirs, the safe side.
        allSet(texts, Language.ES, "swelling");
        allSet(List.of("Mi comadre vino a verme. Ella dice que mi pierna está hinchada desde el calambre.",
                "Mi hija tiene 8 años. Ella tiene la pantorrilla hinchada después del calambre."), Language.ES, "swelling");
    }

    @Test
    void whatTheWriterFearsItIsIsNotStated() {
        List<String> frames = List.of("I'm terrified {}. I had a calf cramp for a minute this morning.",
                "Honestly I'm paranoid {}, all I had was a short foot cramp.",
                "cramp in my calf last night and now I'm scared {}");
        List<String> fears = List.of("this is ALS", "it's MS", "it's motor neurone disease");
        noneSets(cross(frames, fears), Language.EN, "conditions");
        // A sign inside what the writer fears reads as stated (review 9, S2); a fear not about "it" does not reach.
        TextReading feared = read("I'm scared it's swollen, calf cramp this morning.", Language.EN);
        assertThat(feared.answers()).containsEntry("swelling", true);
        allSet(List.of("I was scared and my calf is swollen after the cramp.",
                "I'm terrified of needles, my calf is swollen after the cramp."), Language.EN, "swelling");
        assertThat(read("I have MS and get calf cramps at night.", Language.EN).answers()).containsKey("conditions");
    }

    /**
     * Review 9, S2: a feared frame silences only a condition; the signs the writer states inside it are
     * set, as on main. The review's texts plus our own, crossed with several signs.
     */
    @Test
    void signsInsideAFearAreStated() {
        List<String> frames = List.of("I'm anxious that {}.", "Convinced it's more than a cramp: {}.",
                "Fearing it's a clot as {}.", "I'm terrified {}.", "My worry is that {}.", "Stressed out, I think {}.",
                "I'm worried it's bad, {}.", "Dreading this: {}.");
        Map<String, String> signs = Map.of("my calf is swollen and warm to touch", "swelling",
                "my whole leg went numb after the cramp", "numbness", "the pain is unbearable", "unbearable_pain",
                "my toes are numb and cold", "numbness", "the calf is red", "redness");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> sign : signs.entrySet()) {
            for (String text : cross(frames, List.of(sign.getKey()))) {
                if (!Boolean.TRUE.equals(read(text, Language.EN).answers().get(sign.getValue()))) {
                    wrong.add(text);
                }
            }
        }
        allSet(List.of("I'm worried it's swollen.", "Stressed out it's swollen and hot."), Language.EN, "swelling");
        allSet(List.of("Frightened it is numb now.", "I'm terrified it's numb all the way down my leg."), Language.EN, "numbness");
        allSet(List.of("Terrified this pain is unbearable.", "I'm anxious it's unbearable.",
                "I fear that it's unbearable and getting worse."), Language.EN, "unbearable_pain");
        assertThat(wrong).isEmpty();
        // A condition named in the same fear is still not stated.
        TextReading both = read("Freaking out this is a stroke, my hand has gone numb since the cramp.", Language.EN);
        assertThat(both.answers()).containsEntry("numbness", true).doesNotContainKey("conditions");
    }

    @Test
    void spanishSignsInsideAFearAreStated() {
        allSet(List.of("Me aterra que la pierna esté hinchada y roja.", "Me da miedo que sea un coágulo, tengo la pantorrilla hinchada.",
                "Tengo pánico de que el gemelo esté hinchado.", "Estoy asustada con que tengo la pierna hinchada."),
                Language.ES, "swelling");
        allSet(List.of("Me angustia que se me duerma toda la pierna después del calambre.",
                "Me asusta que se me duerman los dedos del pie."), Language.ES, "numbness");
        allSet(List.of("Tengo pánico de que el dolor sea insoportable como anoche.",
                "Me da terror que el dolor es insoportable."), Language.ES, "unbearable_pain");
        allSet(List.of("Estoy asustada con que tengo todo el cuerpo acalambrado."), Language.ES, "all_over_body");
        TextReading both = read("Me aterra que sea ELA, tengo la pierna hinchada.", Language.ES);
        assertThat(both.answers()).containsEntry("swelling", true).doesNotContainKey("conditions");
    }

    @Test
    void spanishWhatTheWriterFearsItIsIsNotStated() {
        List<String> frames = List.of("Me aterra que {}. Tuve un calambre en el gemelo.",
                "Me da pánico que {}, solo tuve un calambre en el pie.", "Estoy asustada con que {}.");
        List<String> fears = List.of("sea ELA", "sea esclerosis múltiple", "tenga ELA");
        noneSets(cross(frames, fears), Language.ES, "conditions");
        assertThat(read("Tengo ELA y calambres en las piernas.", Language.ES).answers()).containsKey("conditions");
    }

    @Test
    void aFeelingOnlyClauseDoesNotShareAnotherPersonsExposure() {
        List<String> frames = List.of("My uncle got poisoned by {} and now I'm freaking out. I get a calf cramp after the gym.",
                "A colleague was in hospital after using {} and I'm a bit paranoid. I had a foot cramp.",
                "My friend's mum swallowed {} by mistake and I'm really worried. I only get small cramps.");
        List<String> poisons = List.of("weedkiller", "rat poison", "pesticide");
        noneSets(cross(frames, poisons), Language.EN, "toxin_exposure");
        // The writer was there: the exposure is shared.
        allSet(List.of("My dad and I sprayed weedkiller all day and now I'm freaking out, I have cramps in my calf.",
                "My brother and I used rat poison in the barn and I'm worried, my legs are cramping."),
                Language.EN, "toxin_exposure");
        // A cramp of the writer's in the feeling's sentence: the writer was likely there (review 10, S13).
        allSet(cross(List.of("My husband sprayed {} indoors and I'm worried, cramps in both calves since.",
                "My roommate used {} in the flat and I'm panicking, twitching and cramping since."), poisons),
                Language.EN, "toxin_exposure");
    }

    @Test
    void spanishAFeelingOnlyClauseDoesNotShareAnotherPersonsExposure() {
        List<String> frames = List.of("El papá de mi amiga se intoxicó con {} y ahora estoy asustada. Tengo calambres en el gemelo.",
                "Mi tío terminó internado por {} y me preocupa mucho. Yo tengo un calambre en el pie.");
        List<String> poisons = List.of("veneno para ratas", "pesticida", "herbicida");
        noneSets(cross(frames, poisons), Language.ES, "toxin_exposure");
        allSet(List.of("Mi papá y yo fumigamos con pesticida toda la tarde y ahora estoy asustada, tengo calambres.",
                "Mi vecino fumigó con pesticida y me preocupa, calambres desde ayer."), Language.ES, "toxin_exposure");
    }

    @Test
    void theReportedPersonsOwnWorstPain() {
        List<String> frames = List.of("My son is 9, his thigh has been cramping for ten minutes and he says it's {}.",
                "My daughter, 12, woke up screaming with a calf cramp, the {}.");
        List<String> fillers = List.of("the worst pain of his life", "the worst pain of her life", "worst pain she's ever had");
        allSet(cross(frames, fillers), Language.EN, "unbearable_pain");
        allSet(List.of("Mi hijo de 9 años tiene el muslo acalambrado y dice que es el peor dolor de su vida.",
                "Consulta por mi mamá, 79 años: calambre en la pierna, el dolor más fuerte de su vida."),
                Language.ES, "unbearable_pain");
        // Said of someone else, it is theirs.
        noneSets(List.of("My friend says her kidney stone was the worst pain of her life. I get a small calf cramp."),
                Language.EN, "unbearable_pain");
        noneSets(List.of("Mi vecina dice que el parto fue el peor dolor de su vida. Yo tengo un calambre leve."),
                Language.ES, "unbearable_pain");
    }

    @Test
    void fillingTheFormInForSomeoneMakesThemThePerson() {
        List<String> frames = List.of("{} my nan. Her calf has been swollen since the cramp on Friday.",
                "{} my husband, his calf is swollen after a cramp last night.");
        List<String> leads = List.of("Entering this for", "Filling this in for", "Doing this for", "Answering for");
        allSet(cross(frames, leads), Language.EN, "swelling");
        // Without a lead, an adult named first is the person when the writer has no cramps of their own
        // (hazard H-20), and someone else when the writer does.
        allSet(List.of("Talking to my nan today. Her calf has been swollen since the cramp on Friday. I'm fine."),
                Language.EN, "swelling");
        noneSets(List.of("Talking to my nan today. Her calf has been swollen since the cramp on Friday. I just get a small foot cramp myself."),
                Language.EN, "swelling");
        // An abbreviation matches only as itself: "padding" is no peripheral artery disease.
        assertThat(read("Padding about the kitchen when my foot cramped for a few seconds.", Language.EN).answers())
                .doesNotContainKey("conditions");
    }
}
