package org.crampcare.fhir;

/**
 * The canonical URLs of CrampCare's FHIR artefacts and the standard systems it codes with.
 *
 * <p>Canonical URLs are identifiers: the same on every CrampCare server, so a clinic that talks to
 * two of them sees one code system. Each server also serves the artefacts under {@code /fhir}.
 */
final class Canonical {
    static final String BASE = "https://crampcare.org/fhir";
    static final String QUESTIONNAIRE_ID = "crampcare-assessment";
    static final String QUESTIONNAIRE = BASE + "/Questionnaire/" + QUESTIONNAIRE_ID;
    static final String TRIAGE_LEVEL_ID = "crampcare-triage-level";
    static final String TRIAGE_RULE_ID = "crampcare-triage-rule";
    static final String DIARY_ID = "crampcare-diary";
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String ITEM_CONTROL = "http://hl7.org/fhir/questionnaire-item-control";
    static final String ITEM_CONTROL_EXTENSION = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private Canonical() {
    }

    /** The canonical URL of the code system with this id. */
    static String codeSystem(String id) {
        return BASE + "/CodeSystem/" + id;
    }

    /** The id of the code system of an item's answer values; FHIR ids allow no underscore. */
    static String answerSystemId(String itemId) {
        return "crampcare-" + itemId.replace('_', '-');
    }
}
