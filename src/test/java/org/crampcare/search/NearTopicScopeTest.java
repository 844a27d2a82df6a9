package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
                List.of("writer's block", "a mental block", "brain fog", "a brain cramp"), "a mind");
        crossed(SPANISH, List.of("¿cómo salgo del %s?", "tengo %s cuando estudio, ¿qué hago?"),
                List.of("bloqueo del escritor", "bloqueo mental", "calambre cerebral"), "una mente");
        crossed(SPANISH, List.of("se me %s estudiando, jaja", "%s de tanto leer"),
                List.of("acalambró el cerebro", "acalambra el cerebro"), "una mente");
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
        List<String> wrong = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                String q = frame.formatted(filler);
                if (!scope.notCovered(q).map(s -> s.startsWith(subjectStart)).orElse(false)) {
                    wrong.add(q + " -> " + scope.notCovered(q));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
