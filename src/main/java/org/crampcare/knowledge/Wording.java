package org.crampcare.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wording rules for the text people see, as data: phrases no knowledge text may use, words a
 * practical tip may not use, and phrases that make an entry fluid-intake advice.
 *
 * <p>Kept in code rather than in a knowledge file so that an edited knowledge folder cannot drop
 * them: they are the controls of hazards H-06 (prescription advice and doses), H-12 (fluid amounts
 * for people who may be on a fluid limit) and H-16 (a tip passed off as clinical content).
 */
final class Wording {
    /** One forbidden or telling pattern and what is wrong when it matches. */
    record Rule(Pattern pattern, String why) {
        static Rule of(String regex, String why) {
            return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), why);
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

    /** Never in a practical tip: a tip may not make a clinical claim (H-16). */
    static final Rule TIP_CLINICAL = Rule.of("\\b(dos(e|es|age|ing)|diagnos\\w*|emergenc\\w*|prescri\\w*|diseases?"
            + "|disorders?|symptoms?|treat\\w*|cures?|infections?|inflamm\\w*|prevent\\w*|caus(e|es|ed|ing))\\b",
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

    private Wording() {
    }
}
