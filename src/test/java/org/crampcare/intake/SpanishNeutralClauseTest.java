package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A Spanish emergency or urgent text keeps its signs when a neutral clause (a plea, thanks, a
 * feeling, a question, laughter) stands before it, between its sentences or after it: such words
 * carry no sign, so they must never lower what the text says. Generated from hand-written texts
 * and clauses of our own; every combination is one test. Why: in English "i cant stop it" once made
 * the reader read nothing at all, a whole-text failure no single-phrase test would show.
 */
class SpanishNeutralClauseTest {
    /** Texts with a red flag, each split where a clause may go inside it ("|"), and the sign it must keep. */
    private static final String[][] TEXTS = {
        {"Tengo un calambre en la pantorrilla que no aguanto.| Llevo diez minutos así.", "unbearable_pain"},
        {"Me dan calambres en todo el cuerpo a la vez.| Empezó hace un rato.", "all_over_body"},
        {"Estuve fumigando el patio con veneno para hormigas.| Ahora tengo calambres en los brazos.", "toxin_exposure"},
        {"Después del calambre tengo la pantorrilla hinchada.| Me duele al caminar.", "swelling"},
        {"Se me puso roja la pierna tras el calambre.| Desde ayer está así.", "redness"},
        {"El gemelo está caliente al tacto desde el calambre.| Es la pierna izquierda.", "warmth"},
        {"Después del calambre se me durmió el pie.| Sigo sin sentirlo bien.", "numbness"},
        {"Tras el espasmo la mano se me quedó morada.| Tengo 60 años.", "skin_changes"},
        {"Tengo los dedos del pie entumidos y dormidos tras el calambre.| Es el derecho.", "numbness"},
        {"Me estoy muriendo del dolor con este calambre en el muslo.| Soy mujer de 40.", "unbearable_pain"},
        {"Tengo el tobillo inflamado después de un calambre.| Fue en la noche.", "swelling"},
        {"Los calambres me agarraron por todas partes al mismo tiempo.| Estoy en casa.", "all_over_body"},
    };
    private static final String[] CLAUSES = {
        "ayuda", "por favor", "no sé", "no puedo pararlo", "jaja", "gracias", "¿qué hago?", "¿es grave?",
        "estoy asustada", "tengo miedo", "perdón por escribir tanto", "no sé qué hacer", "ayúdenme por favor",
        "jajaja qué cosa", "uf", "ok", "la verdad no entiendo", "¿me pueden ayudar?", "estoy nerviosa",
        "no sé si es normal", "buenas noches", "hola", "disculpe", "ya no sé", "no puedo más con esto",
        "qué horror", "ni idea", "bueno", "no sé qué pasa", "¿será algo malo?", "no me digas que no",
        "no quiero ir al hospital", "mi mamá dice que no es nada"};

    @TestFactory
    Stream<DynamicTest> aNeutralClauseNeverDropsTheLevel() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] text : TEXTS) {
            String[] parts = text[0].split("\\|");
            String whole = parts[0] + parts[1];
            String level = read(whole).answers().toString();
            assertThat(read(whole).answers()).as(whole).containsEntry(text[1], true);
            for (String clause : CLAUSES) {
                for (String variant : List.of(cap(clause) + ". " + whole, parts[0] + " " + cap(clause) + "." + parts[1],
                        whole + " " + cap(clause) + ".", clause + ", " + parts[0].substring(0, 1).toLowerCase()
                                + parts[0].substring(1) + parts[1])) {
                    tests.add(DynamicTest.dynamicTest(variant, () ->
                            assertThat(read(variant).answers()).as("%s (alone: %s)", variant, level)
                                    .containsEntry(text[1], true)));
                }
            }
        }
        return tests.stream();
    }

    private static TextReading read(String text) {
        return Reading.INTAKE.read(text, Language.ES);
    }

    private static String cap(String clause) {
        return clause.startsWith("¿") ? clause : clause.substring(0, 1).toUpperCase() + clause.substring(1);
    }
}
