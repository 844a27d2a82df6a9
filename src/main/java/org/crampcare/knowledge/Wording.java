package org.crampcare.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wording rules for the text people see, as data: phrases no knowledge text may use, words a
 * practical tip may not use, and phrases that make an entry fluid-intake advice.
 *
 * <p>Each rule list has an English and a Spanish version; texts in Spanish are held to both, since
 * an English phrase left in a translation is as wrong there. Kept in code rather than in a knowledge file so that an edited knowledge folder cannot drop
 * them: they are the controls of hazards H-06 (prescription advice and doses), H-12 (fluid amounts
 * for people who may be on a fluid limit) and H-16 (a tip passed off as clinical content).
 */
final class Wording {
    /** One forbidden or telling pattern and what is wrong when it matches. */
    record Rule(Pattern pattern, String why) {
        static Rule of(String regex, String why) {
            return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                    | Pattern.UNICODE_CHARACTER_CLASS), why);
        }

        /** The message for a text that matches, or empty. */
        Optional<String> find(String text) {
            var m = pattern.matcher(text);
            return m.find() ? Optional.of("says '" + m.group() + "': " + why) : Optional.empty();
        }
    }

    /** Never in any text: CrampCare gives no doses and no advice on taking a prescription (H-06). */
    static final List<Rule> MEDICINE_ADVICE = List.of(
            Rule.of("\\b(keep|kept|continue|carry on|go on|stop|stopping|quit|start|starting|begin)\\s+taking\\b",
                    "CrampCare never tells people to keep taking, start or stop a medicine;"
                            + " say to talk to the prescriber before changing anything"),
            Rule.of("\\bas (prescribed|directed)\\b",
                    "CrampCare gives no advice on taking a prescription; say to talk to the prescriber"),
            Rule.of("\\b\\d+(\\.\\d+)?\\s*(mg|milligrams?|mcg|micrograms?|g|grams?|ml|millilit(re|er)s?|iu|units?"
                    + "|tablets?|pills?|capsules?|drops?|puffs?)\\b", "this looks like a dose, which CrampCare never gives"),
            Rule.of("\\b(increase|raise|reduce|lower|double|halve|skip)\\s+(the|your|a)\\s+dose",
                    "CrampCare never advises changing a dose"));

    /** The same in Spanish, refused even when negated ("no deje de tomar"), as in English. */
    static final List<Rule> MEDICINE_ADVICE_ES = List.of(
            Rule.of("\\b(siga|sigue|seguir|siguiendo|contin[úu]e|contin[úu]a|continuar|vuelva|volver|empiece|empieza"
                    + "|empezar|comience|comienza|comenzar|inicie|iniciar|deje|deja|dejar|dejando|suspenda|suspender)"
                    + "\\s+(a\\s+|de\\s+)?(tomar\\w*|tomando\\w*|tom[áa]ndo\\w*)",
                    "CrampCare never tells people to keep taking, start or stop a medicine ('siga tomando',"
                            + " 'deje de tomar'); say 'hable con quien le recetó el medicamento antes de cambiar nada'"),
            Rule.of("\\bcomo\\s+(se\\s+l[oa]s?\\s+|le\\s+)?(recetaron|recet[óo]|indicaron|indic[óo]|prescribieron|prescribi[óo])\\b"
                    + "|\\bseg[úu]n\\s+(lo\\s+)?(recetado|indicado|prescrito|la\\s+receta)\\b",
                    "CrampCare gives no advice on taking a prescription ('como se lo recetaron'); say to talk to the"
                            + " prescriber"),
            Rule.of("\\b\\d+([.,]\\d+)?\\s*(mg|miligramos?|mcg|microgramos?|g|gramos?|ml|mililitros?|ui|unidades"
                    + "|tabletas?|pastillas?|p[íi]ldoras?|comprimidos?|c[áa]psulas?|gotas?|inhalaciones|dosis)\\b",
                    "this looks like a dose, which CrampCare never gives"),
            Rule.of("\\b(aumente|aumentar|suba|subir|reduzca|reducir|baje|bajar|duplique|duplicar|salte|saltar"
                    + "|omita|omitir)\\s+(la|su|una)\\s+dosis\\b", "CrampCare never advises changing a dose"));

    /** Never in a practical tip: a tip may not make a clinical claim (H-16). */
    static final Rule TIP_CLINICAL = Rule.of("\\b(dos(e|es|age|ing)|diagnos\\w*|emergenc\\w*|prescri\\w*|diseases?"
            + "|disorders?|symptoms?|treat\\w*|cures?|infections?|inflamm\\w*|prevent\\w*|caus(e|es|ed|ing))\\b",
            "a practical tip may not make a clinical claim; cite the sources that say it instead");

    /** The same in Spanish. */
    static final Rule TIP_CLINICAL_ES = Rule.of("\\b(dosis|diagn[óo]\\w*|emergencias?|urgencias?|recet\\w*|prescri\\w*"
            + "|enfermedad\\w*|trastornos?|s[íi]ntomas?|trat(a|e|o|ar|amiento)\\w*|curas?|curar\\w*|infecci\\w*"
            + "|inflam\\w*|preven\\w*|previen\\w*|caus\\w*)\\b",
            "a practical tip may not make a clinical claim; cite the sources that say it instead");

    /** Fluid-intake advice: an entry saying one of these must carry {@code fluidIntake: true} (H-12). */
    static final List<Rule> FLUID_INTAKE = List.of(
            Rule.of("\\b\\d+(\\.\\d+)?\\s*(litres?|liters?|ounces?|oz|cups?|glasses)\\b", "it gives a fluid amount"),
            Rule.of("\\b(drink|drinking|sip|sipping)\\s+(more|plenty|enough|lots|regularly|some|water|fluids?|liquids?)\\b",
                    "it urges drinking"),
            Rule.of("\\b(have|take) a drink\\b|\\bdrink of water\\b|\\bsports? drinks?\\b", "it urges drinking"),
            Rule.of("\\b(stay|staying|keep|keeping)\\s+(well\\s+)?hydrated\\b|\\bhydration\\b", "it urges drinking"),
            Rule.of("\\b(more|plenty of|enough|extra)\\s+(fluids?|liquids?|water)\\b|\\bfluid needs\\b",
                    "it urges drinking"));

    /** The same in Spanish. */
    static final List<Rule> FLUID_INTAKE_ES = List.of(
            Rule.of("\\b\\d+([.,]\\d+)?\\s*(litros?|onzas?|oz|tazas?|vasos?)\\b", "it gives a fluid amount"),
            Rule.of("\\b(beba|bebe|beber|bebiendo|tome|toma|tomar|tomando)\\s+(m[áa]s|much[oa]s?|suficiente|bastante"
                    + "|agua|l[íi]quidos?|algo\\s+de\\s+(agua|l[íi]quido))\\b", "it urges drinking"),
            Rule.of("\\bun\\s+(vaso|trago|sorbo)\\s+de\\s+agua\\b|\\bbebidas?\\s+(deportivas?|isot[óo]nicas?)\\b",
                    "it urges drinking"),
            Rule.of("\\b(mant[ée]ngase|mantenerse|mantente|mantenerte|mantener|estar|est[ée])\\s+(bien\\s+)?hidratad[oa]s?\\b"
                    + "|\\bhidrataci[óo]n\\b", "it urges drinking"),
            Rule.of("\\b(m[áa]s|suficientes?|abundantes?|extra)\\s+(l[íi]quidos?|agua)\\b|\\bnecesidades\\s+de\\s+l[íi]quidos?\\b",
                    "it urges drinking"));

    /** The medicine rules for texts in {@code language}: its own, and the English ones (wrong in any language). */
    static List<Rule> medicineAdvice(Language language) {
        return language == Language.EN ? MEDICINE_ADVICE : join(MEDICINE_ADVICE_ES, MEDICINE_ADVICE);
    }

    /** The practical-tip rules for texts in {@code language}. */
    static List<Rule> tipClinical(Language language) {
        return language == Language.EN ? List.of(TIP_CLINICAL) : List.of(TIP_CLINICAL_ES, TIP_CLINICAL);
    }

    /** The fluid-intake rules for texts in {@code language}. */
    static List<Rule> fluidIntake(Language language) {
        return language == Language.EN ? FLUID_INTAKE : join(FLUID_INTAKE_ES, FLUID_INTAKE);
    }

    private static List<Rule> join(List<Rule> first, List<Rule> then) {
        List<Rule> out = new java.util.ArrayList<>(first);
        out.addAll(then);
        return List.copyOf(out);
    }

    private Wording() {
    }
}
