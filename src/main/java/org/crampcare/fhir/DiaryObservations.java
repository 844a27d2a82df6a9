package org.crampcare.fhir;

import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.crampcare.diary.Activity;
import org.crampcare.diary.CheckIn;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.Muscle;
import org.crampcare.diary.Relief;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * Diary entries as Observations.
 *
 * <p>A cramp is coded SNOMED CT 55300003 (Cramp) at the time on the person's own clock (the zone
 * stored with the entry, as an offset); its muscle is the {@code bodySite} (with several muscles,
 * each is a "finding site" component instead, as {@code bodySite} holds one); the pain score is a
 * LOINC 72514-3 component, the duration a UCUM Quantity in seconds. A check-in is one Observation
 * of the day with a component per answered question. Notes are the person's own words.
 */
final class DiaryObservations {
    static final String CRAMP = "55300003";
    static final String FINDING_SITE = "363698007";
    static final String PAIN_SCORE = "72514-3";
    private final BodySites bodySites;
    private final Item locations;

    DiaryObservations(KnowledgeBase knowledge, BodySites bodySites) {
        this.bodySites = bodySites;
        this.locations = knowledge.item("locations").orElseThrow();
    }

    Observation cramp(CrampEntry c, Reference subject) {
        Observation o = observation(new CodeableConcept(new Coding(Canonical.SNOMED, CRAMP, "Cramp")).setText("Muscle cramp"), subject);
        o.setEffective(new DateTimeType(Date.from(c.when()), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(c.zone())));
        String side = c.side() == null ? "" : " (" + c.side().value() + ")";
        if (c.muscles().size() == 1) {
            Muscle m = c.muscles().iterator().next();
            o.setBodySite(bodySites.concept(m.value(), locations.labelOf(m.value()) + side));
        } else {
            for (Muscle m : c.muscles()) {
                component(o, new CodeableConcept(new Coding(Canonical.SNOMED, FINDING_SITE, "Finding site")),
                        bodySites.concept(m.value(), locations.labelOf(m.value()) + side));
            }
        }
        if (c.pain() != null) {
            component(o, new CodeableConcept(new Coding(Canonical.LOINC, PAIN_SCORE,
                    "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), new IntegerType(c.pain()));
        }
        if (c.durationSeconds() != null) {
            component(o, DiaryCodes.concept(DiaryCodes.DURATION), new Quantity().setValue(c.durationSeconds())
                    .setUnit("s").setSystem(Canonical.UCUM).setCode("s"));
        }
        if (c.side() != null) {
            component(o, DiaryCodes.concept(DiaryCodes.SIDE), new StringType(c.side().value()));
        }
        for (Activity a : c.activities()) {
            component(o, DiaryCodes.concept(DiaryCodes.ACTIVITY), new StringType(a.value()));
        }
        for (Map.Entry<Relief, Integer> r : c.relief().entrySet()) {
            component(o, DiaryCodes.concept(DiaryCodes.RELIEF_PREFIX + r.getKey().value().replace('_', '-')),
                    new IntegerType(r.getValue()));
        }
        note(o, c.note());
        return o;
    }

    Observation checkIn(CheckIn c, Reference subject) {
        Observation o = observation(DiaryCodes.concept(DiaryCodes.CHECK_IN), subject);
        o.setEffective(new DateTimeType(c.date().toString()));
        optional(o, "exercise", c.exercise() == null ? null : new StringType(c.exercise().value()));
        optional(o, "heat-minutes", c.heatMinutes() == null ? null : new Quantity().setValue(c.heatMinutes())
                .setUnit("min").setSystem(Canonical.UCUM).setCode("min"));
        optional(o, "fluid-glasses", integer(c.fluidGlasses()));
        optional(o, "long-sitting", bool(c.longSitting()));
        optional(o, "long-standing", bool(c.longStanding()));
        optional(o, "tight-shoes", bool(c.tightShoes()));
        optional(o, "caffeine-drinks", integer(c.caffeineDrinks()));
        optional(o, "alcohol-drinks", integer(c.alcoholDrinks()));
        optional(o, "sleep-position", c.sleepPosition() == null ? null : new StringType(c.sleepPosition().value()));
        optional(o, "medicine-changed", bool(c.medicineChanged()));
        note(o, c.note());
        return o;
    }

    private static Observation observation(CodeableConcept code, Reference subject) {
        Observation o = new Observation();
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.setCode(code);
        o.setSubject(subject);
        o.addPerformer(subject);
        return o;
    }

    private static void optional(Observation o, String code, Type value) {
        if (value != null) {
            component(o, DiaryCodes.concept(code), value);
        }
    }

    private static void component(Observation o, CodeableConcept code, Type value) {
        ObservationComponentComponent c = o.addComponent();
        c.setCode(code);
        c.setValue(value);
    }

    private static void note(Observation o, String note) {
        if (note != null && !note.isBlank()) {
            o.addNote().setText(note);
        }
    }

    private static IntegerType integer(Integer i) {
        return i == null ? null : new IntegerType(i);
    }

    private static BooleanType bool(Boolean b) {
        return b == null ? null : new BooleanType(b);
    }
}
