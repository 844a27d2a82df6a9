package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * Subjects that sit next to cramps but are not muscle cramps in people (a dog by its breed, a mind
 * that "cramps", nails, bunions and flat feet) are outside the scope in every frame they are asked
 * in, and cramp questions that only share a word with them stay inside it. Our own sentences, every
 * frame crossed with every filler.
 */
class NearTopicScopeTest {
    private static final ScopeCheck ENGLISH = new ScopeCheck(new TextAnalysis(List.of()),
            ScopeLoader.load(KnowledgeFiles.builtIn()));
    private static final ScopeCheck SPANISH = new ScopeCheck(new TextAnalysis(Language.ES, List.of()),
            ScopeLoader.load(KnowledgeFiles.builtIn(), Language.ES));

    @Test
    void aDogNamedByItsBreedIsAnAnimal() {
        crossed(ENGLISH, List.of("my %s's back leg goes stiff after walks, is it a cramp?",
                        "do %ss get muscle cramps after running", "%s shaking leg cramp what to do"),
                List.of("labrador", "greyhound", "collie", "terrier", "whippet"), "animals");
        crossed(SPANISH, List.of("a mi %s se le acalambra la pata trasera, ¿qué hago?", "¿a los %s les dan calambres?"),
                List.of("labrador", "galgo", "caniche"), "animales");
    }

    @Test
    void aMindThatCrampsIsNoMuscle() {
        crossed(ENGLISH, List.of("how do I get over %s when I sit down to write",
                        "I get %s every time I study, like my head cramps, any tips?", "%s cure"),
                List.of("writer's block", "a mental block", "a brain cramp"), "a mind");
        crossed(ENGLISH, List.of("how do I get over %s when I sit down to write", "%s cure",
                        "what can I eat for %s while studying"),
                List.of("brain fog", "brain freeze", "procrastination"), "a mind");
        crossed(SPANISH, List.of("¿cómo salgo del %s?", "tengo %s cuando estudio, ¿qué hago?"),
                List.of("bloqueo del escritor", "bloqueo mental", "calambre cerebral", "niebla mental"), "una mente");
        crossed(SPANISH, List.of("se me %s estudiando, jaja", "%s de tanto leer"),
                List.of("acalambró el cerebro", "acalambra el cerebro"), "una mente");
    }

    /** Brain fog or trouble concentrating told beside a real cramp, or a part of the body, is a cramp question. */
    @Test
    void brainFogBesideACrampIsACrampQuestion() {
        inScope(ENGLISH, List.of("%s and leg cramps at night, are they linked?",
                        "%s and muscle cramps after chemo, is that common?",
                        "does magnesium %s and also stop night cramps?", "since the %s my calves seize up, why?"),
                List.of("brain fog", "help me concentrate", "focus better", "brain freeze"));
        inScope(ENGLISH, List.of("I can't focus better at work because of cramps waking me every night. What helps?",
                "I get brain fog and my thigh goes rock hard at night", "brain freeze and a spasm in my neck"), List.of(""));
        inScope(SPANISH, List.of("no me puedo %s en el trabajo porque los calambres me despiertan, ¿qué hago?",
                        "¿el magnesio me ayuda a %s y a evitar los calambres?",
                        "quiero %s pero me dan tirones en el gemelo", "tengo %s y se me pone dura la pierna"),
                List.of("concentrar mejor", "concentrarme mejor"));
        inScope(SPANISH, List.of("tengo niebla mental y calambres en las piernas, ¿tiene relación?",
                "niebla mental y se me engarrotan los dedos de noche"), List.of(""));
    }

    /**
     * Animal words with another common sense (an exercise, a yoga pose, a bus line, a state, an idiom) stay
     * in scope in that sense, and are an animal when a possessive or an article shows one.
     */
    @Test
    void animalWordsInAnotherSenseStayInScope() {
        inScope(ENGLISH, List.of("I get hamstring cramps doing %s at the gym. How do I stop them?",
                        "my calves cramp in %s, should I stretch first?"),
                List.of("donkey kicks", "bulldog burpees", "downward dog", "cat cow", "donkey calf raises"));
        inScope(ENGLISH, List.of("My legs cramp on long Greyhound bus rides. What can I do?",
                "My thighs cramp after horse riding. What helps?",
                "I do bulldog burpees and my calves cramp. Should I stretch first?"), List.of(""));
        inScope(SPANISH, List.of("trabajo %s todo el día y en la noche me dan calambres, ¿qué hago?"),
                List.of("como burro", "como un burro", "como una burra"));
        inScope(SPANISH, List.of("vivo %s y con el calor me dan calambres en las piernas, ¿por qué?",
                "me mudé a la ciudad %s y me dan calambres"), List.of("en Chihuahua", "de Chihuahua"));
        inScope(SPANISH, List.of("me da un calambre en el gemelo al andar a gatas",
                "me dan calambres al montar a caballo", "se me acalambra el pie en la postura del perro boca abajo"),
                List.of(""));
        crossed(ENGLISH, List.of("my %s keeps getting cramps in her back legs", "does a %s get cramps after a walk",
                "our %s's hind legs cramp"), List.of("donkey", "bulldog", "husky"), "animals");
        crossed(SPANISH, List.of("a mi %s le dan calambres en las patas", "¿a los %s les dan calambres?",
                "el veterinario dice que mi %s tiene calambres"), List.of("burro", "chihuahua"), "animales");
    }

    /** A cramp told with a seizing or twitching word beside a bunion, flat feet or a blister is a cramp question. */
    @Test
    void aCrampToldWithoutTheWordBesideAnotherProblemStaysInScope() {
        inScope(ENGLISH, List.of("my %s aches and my toes curl up and won't straighten at night, what helps?",
                        "%s and calf twitching at night, what helps?", "with my %s my foot goes rock hard, why?"),
                List.of("bunion", "flat feet", "ingrown toenail", "blister"));
        inScope(SPANISH, List.of("tengo %s y los dedos se me encogen y no los puedo estirar de noche, ¿qué hago?",
                        "con %s me dan tirones en la pierna", "tengo %s y se me engarrotan los pies al caminar"),
                List.of("juanetes", "pies planos", "ampollas", "uñas encarnadas"));
    }

    @Test
    void nailsBunionsAndFlatFeetAreOtherHealthProblems() {
        crossed(ENGLISH, List.of("%s treatment", "what helps with %s", "best running shoes for %s"),
                List.of("ingrown toenail", "bunions", "flat feet", "fallen arches", "blisters"), "other health");
        crossed(SPANISH, List.of("%s qué hago", "¿qué zapatillas van bien para %s?"),
                List.of("uña encarnada", "juanetes", "pies planos", "ampollas"), "otros problemas");
    }

    @Test
    void crampQuestionsThatShareAWordStayInScope() {
        for (String q : List.of("my flat feet cramp when I run", "cramp in the arch of my foot in flat shoes",
                "my hand cramps when I write for a long time", "I get calf cramps when I'm blocked in traffic",
                "my calf cramped at the lab bench", "can I concentrate on stretching the calf",
                "cramps and blisters after my first marathon")) {
            assertThat(ENGLISH.notCovered(q)).as(q).isEmpty();
        }
        for (String q : List.of("el calambre se concentra en el gemelo", "se me acalambra la mano al escribir",
                "tengo pies planos y me dan calambres en la planta", "calambre en el pie con zapatos planos")) {
            assertThat(SPANISH.notCovered(q)).as(q).isEmpty();
        }
    }

    private static void crossed(ScopeCheck scope, List<String> frames, List<String> fillers, String subjectStart) {
        assertThat(Crossed.misses(frames, fillers,
                (q, filler) -> scope.notCovered(q).map(s -> s.startsWith(subjectStart)).orElse(false))).isEmpty();
    }

    private static void inScope(ScopeCheck scope, List<String> frames, List<String> fillers) {
        assertThat(Crossed.misses(frames, fillers, (q, filler) -> scope.notCovered(q).isEmpty())).isEmpty();
    }
}
