package org.crampcare.knowledge;

/**
 * The few fixed sentences that code adds to the knowledge's texts, in every language.
 *
 * <p>They are not in the knowledge files because code decides when they apply (relief withheld at
 * URGENT and EMERGENCY, hazard H-05; the label of a practical tip, H-16). Each switch names every
 * language, so adding one does not compile until these are translated too; the shipped-knowledge
 * test holds them to the same wording rules as the files.
 */
public final class Phrases {
    private Phrases() {
    }

    /** How a practical tip is labelled wherever it is shown. */
    public static String tipLabel(Language language) {
        return switch (language) {
            case EN -> Basis.TIP_LABEL;
            case ES -> "Consejo práctico de CrampCare (no proviene de una fuente médica)";
        };
    }

    /** Why no relief steps are shown when the answers include a warning sign. */
    public static String reliefWithheld(Language language) {
        return switch (language) {
            case EN -> "Relief steps are not shown because your answers include a warning sign. Get the help"
                    + " described above first; a clinician can tell you which home measures are safe.";
            case ES -> "No se muestran pasos para aliviar el calambre porque sus respuestas incluyen una señal de"
                    + " alarma. Primero busque la ayuda que se indica arriba; un profesional de la salud le puede"
                    + " decir qué cuidados en casa son seguros.";
        };
    }

    /** The title of a warning sign of the policy shown as an answer, e.g. "Urgent warning sign: ...". */
    public static String warningSignTitle(Language language, String levelLabel, String explanation) {
        return switch (language) {
            case EN -> levelLabel + " warning sign: " + explanation;
            case ES -> "Señal de alarma (" + levelLabel + "): " + explanation;
        };
    }

    /** How help texts name the rule they feed, e.g. "(rule U1)", left out where the rule is not shown. */
    public static java.util.regex.Pattern ruleMention() {
        return RULE_MENTION;
    }

    private static final java.util.regex.Pattern RULE_MENTION =
            java.util.regex.Pattern.compile("\\s*\\((rule|regla) [A-Z0-9]+\\)");
}
