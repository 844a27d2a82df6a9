package org.crampcare.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.storage.Database;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import org.jdbi.v3.core.Jdbi;

/**
 * The cramp diary of signed-in people: cramps, daily check-ins, saved assessments, pattern warnings.
 *
 * <p>Every method takes the acting person's id (from the session, never from the request) and
 * touches only that person's rows; an id of someone else's row behaves exactly like an id that does
 * not exist. Input is checked completely before anything is written and refused with an
 * {@link InputException} naming the field. Thread-safe.
 */
public final class DiaryService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final DiaryRules rules;
    private final PatternWarnings warnings;
    private final YourData yourData;
    private final IdempotentRequests idempotentRequests;

    private DiaryService(Database db, KnowledgeBase knowledge, Clock clock) {
        this.jdbi = db.jdbi();
        this.clock = clock;
        this.rules = new DiaryRules(clock);
        this.warnings = new PatternWarnings(jdbi, knowledge, clock);
        this.yourData = new YourData(jdbi, rules, clock, new ImportedResults(Assessor.withoutText(knowledge)));
        this.idempotentRequests = new IdempotentRequests(jdbi, clock);
    }

    /** The diary on an open database; the knowledge supplies the rules behind pattern warnings. */
    public static DiaryService create(Database db, KnowledgeBase knowledge, Clock clock) {
        return new DiaryService(db, knowledge, clock);
    }

    /** Logs a cramp; with {@link CrampInput#now()} it needs nothing else. */
    public CrampEntry logCramp(long personId, CrampInput input) {
        ValidCramp c = rules.cramp(input);
        return jdbi.inTransaction(h -> {
            long id = CrampRows.insert(h, personId, c, clock.millis());
            return CrampRows.find(h, personId, id).orElseThrow();
        });
    }

    /** The time zone of the person's most recently logged cramp (the zone their device sent), if any. */
    public Optional<ZoneId> latestZone(long personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT zone FROM cramp WHERE person_id = :p"
                        + " ORDER BY occurred_at DESC, id DESC LIMIT 1").bind("p", personId).mapTo(String.class)
                .findOne().map(ZoneId::of));
    }

    /** One of the person's cramps. */
    public Optional<CrampEntry> cramp(long personId, long id) {
        return jdbi.withHandle(h -> CrampRows.find(h, personId, id));
    }

    /** Replaces every field of one of the person's cramps; empty when the person has no cramp with that id. */
    public Optional<CrampEntry> updateCramp(long personId, long id, CrampInput input) {
        ValidCramp c = rules.cramp(input);
        return jdbi.inTransaction(h -> CrampRows.update(h, personId, id, c, clock.millis())
                ? CrampRows.find(h, personId, id) : Optional.empty());
    }

    /** Deletes one of the person's cramps; false when the person has no cramp with that id. */
    public boolean deleteCramp(long personId, long id) {
        return jdbi.withHandle(h -> CrampRows.delete(h, personId, id));
    }

    /** The person's cramps matching the filter, newest first. */
    public List<CrampEntry> cramps(long personId, CrampFilter filter) {
        CrampFilter f = filter == null ? CrampFilter.all() : filter;
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            throw new InputException("from", "must not be after 'to'", "from-after-to");
        }
        return jdbi.withHandle(h -> CrampRows.list(h, personId, f));
    }

    /** Saves the day's check-in, replacing an earlier one for the same day. */
    public CheckIn saveCheckIn(long personId, CheckInInput input) {
        ValidCheckIn c = rules.checkIn(input);
        return jdbi.inTransaction(h -> {
            CheckInRows.upsert(h, personId, c, clock.millis());
            return CheckInRows.find(h, personId, c.date()).orElseThrow();
        });
    }

    /** The person's check-in of a day. */
    public Optional<CheckIn> checkIn(long personId, LocalDate date) {
        LocalDate d = rules.day("date", date);
        return jdbi.withHandle(h -> CheckInRows.find(h, personId, d));
    }

    /** The person's check-ins from and to (inclusive; null for open), oldest first. */
    public List<CheckIn> checkIns(long personId, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InputException("from", "must not be after 'to'", "from-after-to");
        }
        return jdbi.withHandle(h -> CheckInRows.list(h, personId, from, to));
    }

    /** Deletes the person's check-in of a day; false when there was none. */
    public boolean deleteCheckIn(long personId, LocalDate date) {
        LocalDate d = rules.day("date", date);
        return jdbi.withHandle(h -> CheckInRows.delete(h, personId, d));
    }

    /**
     * A check-in form for {@code date} pre-filled with the answers of the day before (without its
     * note), so a person whose days look alike only confirms; empty answers when there was none.
     */
    public CheckInInput checkInTemplate(long personId, LocalDate date) {
        LocalDate d = rules.day("date", date);
        return checkIn(personId, d.minusDays(1)).map(y -> {
            CheckInInput in = y.toInput();
            return new CheckInInput(d, in.exercise(), in.heatMinutes(), in.fluidGlasses(), in.longSitting(),
                    in.longStanding(), in.tightShoes(), in.caffeineDrinks(), in.alcoholDrinks(), in.sleepPosition(),
                    in.medicineChanged(), null);
        }).orElse(CheckInInput.empty(d));
    }

    /** Keeps an assessment result (the contract output, its level and rule ids) in the person's diary. */
    public SavedAssessment saveAssessment(long personId, AssessmentResult result) {
        if (result == null || result.triage() == null) {
            throw new InputException("assessment", "is required");
        }
        String json = AssessmentJson.write(result);
        long now = clock.millis();
        return jdbi.inTransaction(h -> AssessmentRows.find(h, personId,
                AssessmentRows.insert(h, personId, now, result.triage(), result.ruleIds(), json)).orElseThrow());
    }

    /** The person's saved assessments, newest first. */
    public List<SavedAssessment> assessments(long personId) {
        return jdbi.withHandle(h -> AssessmentRows.list(h, personId));
    }

    /** One of the person's saved assessments. */
    public Optional<SavedAssessment> assessment(long personId, long id) {
        return jdbi.withHandle(h -> AssessmentRows.find(h, personId, id));
    }

    /** Deletes one of the person's saved assessments; false when the person has none with that id. */
    public boolean deleteAssessment(long personId, long id) {
        return jdbi.withHandle(h -> AssessmentRows.delete(h, personId, id));
    }

    /** The triage rules the last four weeks of the person's diary meet, with their sources. */
    public List<PatternWarning> patternWarnings(long personId) {
        return warnings.of(personId);
    }

    /** Retry-safe writes: the stored answers of requests that carried an idempotency key. */
    public IdempotentRequests idempotentRequests() {
        return idempotentRequests;
    }

    /** Export, import and deletion of everything the person has written. */
    public YourData yourData() {
        return yourData;
    }
}
