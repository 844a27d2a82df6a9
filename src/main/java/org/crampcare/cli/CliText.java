package org.crampcare.cli;

import org.crampcare.knowledge.Language;

/**
 * The command line's own words (headings, prompts, hints) in every language; the knowledge's texts
 * come from the knowledge in the chosen language.
 *
 * <p>Each constant holds one text per language, side by side, so a text cannot be added in one
 * language and forgotten in the other. Texts with {@code %s} are format strings.
 */
enum CliText {
    INCOMPLETE("This result is not complete: some questions that could make it more urgent are unanswered.",
            "Este resultado no está completo: faltan respuestas a preguntas que podrían hacerlo más urgente."),
    NEXT(" Next: ", " Siguiente: "),
    WHY("Why", "Por qué"),
    RELIEF_STEPS("Relief steps", "Pasos para aliviar el calambre"),
    RELIEF_NOW("Relief right now", "Alivio ahora mismo"),
    PREVENTION("Preventing the next one", "Cómo prevenir el próximo"),
    FACTORS("Possible contributing factors (not a diagnosis)", "Posibles factores que contribuyen (no es un diagnóstico)"),
    PROVIDER_ASKS("What a provider may ask you", "Qué le puede preguntar un profesional de la salud"),
    ASK_PROVIDER("Questions you could ask your provider", "Preguntas que puede hacerle a su profesional de la salud"),
    EVIDENCE("About the evidence", "Sobre la evidencia"),
    NOTE("Note: ", "Nota: "),
    FLUIDS("Daily fluid reference", "Referencia diaria de líquidos"),
    FLUID_TARGET("- %s: about %.1f litres (%.0f oz, %s glasses) a day from food and drink; about %.1f litres of it from drinks",
            "- %s: unos %.1f litros (%.0f onzas, %s vasos) al día entre comida y bebidas; unos %.1f litros de eso en bebidas"),
    DISCLAIMER("CrampCare gives general information from cited patient-education sources. It is not a diagnosis.",
            "CrampCare da información general a partir de fuentes citadas de educación para pacientes. No es un diagnóstico."),

    INTERVIEW_START("CrampCare assessment. If you are in danger now, call your local emergency number.",
            "Evaluación de CrampCare. Si está en peligro ahora, llame al número de emergencias de su localidad."),
    INTERVIEW_KEYS("Answer each question; 'd' = don't know, 'h' = why we ask.",
            "Responda cada pregunta; 'ns' = no sé, 'a' = por qué preguntamos."),
    YOU_WROTE("%nYou wrote \"%s\".", "%nUsted escribió \"%s\"."),
    WHY_WE_ASK("Why we ask: ", "Por qué preguntamos: "),
    NOT_UNDERSTOOD("Sorry, I did not understand that. ", "Perdón, no entendí la respuesta. "),
    NOT_ACCEPTED("Sorry, %s.", "Perdón, esa respuesta no se puede usar (%s)."),
    SKIP(", Enter to skip", ", Enter para saltarla"),
    HINT_BOOLEAN(" [y/n/d%s]", " [s/n/ns%s]"),
    HINT_NUMBER(" [a number%s]", " [un número%s]"),
    HINT_CHOICE(" [pick a number%s]", " [elija un número%s]"),
    HINT_LIST(" [numbers separated by commas, or 'none'%s]", " [números separados por comas, o 'ninguno'%s]"),
    EXPECT_BOOLEAN("Please answer y (yes), n (no) or d (don't know).", "Responda s (sí), n (no) o ns (no sé)."),
    EXPECT_NUMBER("Please type a number, or d for don't know.", "Escriba un número, o ns si no lo sabe."),
    EXPECT_CHOICE("Please type the number of one choice.", "Escriba el número de una opción."),
    EXPECT_LIST("Please type the numbers of your choices separated by commas, or 'none'.",
            "Escriba los números de sus opciones separados por comas, o 'ninguno'."),

    WARNING_SIGNS("You may be describing warning signs:", "Puede que esté describiendo señales de alarma:"),
    OFFER_INTERVIEW("Answer a few questions to find out how urgent this is: crampcare interview",
            "Responda unas preguntas para saber qué tan urgente es: crampcare interview --language es"),
    NOT_COVERED("CrampCare does not cover that", "CrampCare no trata ese tema"),
    COVERED("It answers questions about muscle cramps and spasms in people:",
            "Responde preguntas sobre los calambres y espasmos musculares en las personas:"),
    BROWSE("Browse them with: crampcare knowledge", "Puede revisarlos con: crampcare knowledge"),
    IF_UNWELL("If you feel seriously unwell, or any of these is true: ",
            "Si se siente muy mal, o si le pasa alguna de estas cosas: "),
    SOURCES("Sources: ", "Fuentes: ");

    private final String en;
    private final String es;

    CliText(String en, String es) {
        this.en = en;
        this.es = es;
    }

    /** The text in {@code language}. */
    String in(Language language) {
        return switch (language) {
            case EN -> en;
            case ES -> es;
        };
    }
}
