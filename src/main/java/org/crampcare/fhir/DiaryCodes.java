package org.crampcare.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crampcare.diary.Relief;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The codes of diary details that no standard code system names: how long a cramp lasted, what the
 * person was doing, what helped, and the daily check-in's answers.
 *
 * <p>The cramp itself, where it was and the pain score use SNOMED CT and LOINC (see
 * {@link DiaryBundle}); these codes cover only CrampCare's own diary fields.
 */
final class DiaryCodes {
    static final String CHECK_IN = "daily-check-in";
    static final String DURATION = "duration";
    static final String ACTIVITY = "activity";
    static final String SIDE = "side";
    static final String RELIEF_PREFIX = "relief-";
    private static final Map<String, String> CODES = codes();

    private DiaryCodes() {
    }

    private static Map<String, String> codes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(CHECK_IN, "Daily check-in: the day's answers about exercise, heat, fluids, sitting, standing, shoes, drinks, sleep and medicines");
        m.put(DURATION, "How long the cramp lasted");
        m.put(ACTIVITY, "What the person was doing when the cramp began (asleep means it woke them)");
        m.put(SIDE, "Which side of the body the cramp was on");
        for (Relief r : Relief.values()) {
            m.put(RELIEF_PREFIX + r.value().replace('_', '-'), "How much '" + r.value().replace('_', ' ')
                    + "' helped, from 0 (not at all) to 3 (a lot)");
        }
        m.put("exercise", "How hard the person exercised that day");
        m.put("heat-minutes", "Minutes spent in the heat that day");
        m.put("fluid-glasses", "Glasses of fluid drunk that day, as the person counted them");
        m.put("long-sitting", "Sat for a long time that day");
        m.put("long-standing", "Stood for a long time that day");
        m.put("tight-shoes", "Wore tight shoes or high heels that day");
        m.put("caffeine-drinks", "Drinks with caffeine that day");
        m.put("alcohol-drinks", "Drinks with alcohol that day");
        m.put("sleep-position", "How the person slept");
        m.put("medicine-changed", "A medicine was started, stopped or changed that day");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The code system of these codes. */
    static CodeSystem codeSystem(String version) {
        CodeSystem cs = CodeSystems.shell(Canonical.DIARY_ID, version, "CrampCare diary codes",
                "Codes for the details of a CrampCare cramp diary that standard code systems do not name.");
        CODES.forEach((code, definition) -> cs.addConcept().setCode(code).setDisplay(display(code)).setDefinition(definition));
        return cs;
    }

    /** The concept of a diary code; throws for a code the system does not have. */
    static CodeableConcept concept(String code) {
        if (!CODES.containsKey(code)) {
            throw new IllegalArgumentException("no diary code " + code);
        }
        return new CodeableConcept(new Coding(Canonical.codeSystem(Canonical.DIARY_ID), code, display(code)));
    }

    private static String display(String code) {
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
