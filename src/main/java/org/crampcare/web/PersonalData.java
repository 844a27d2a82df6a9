package org.crampcare.web;

import java.time.Clock;
import org.crampcare.account.AccountPolicy;
import org.crampcare.account.AccountService;
import org.crampcare.diary.DiaryService;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.storage.Database;

/**
 * The services that hold a person's own data (account, sessions, diary), opened on one database.
 *
 * <p>Kept apart from {@link org.crampcare.CrampCare} because a database is a resource that is
 * opened and closed, while the knowledge is immutable; the assessment and knowledge pages never
 * need it.
 *
 * @param clock the clock of the services, for "today" on the diary pages
 */
public record PersonalData(Database database, AccountService accounts, DiaryService diary, Clock clock) {

    /** The services on an open database with the production account policy; the caller closes the database. */
    public static PersonalData on(Database database, KnowledgeBase knowledge, Clock clock) {
        return on(database, knowledge, clock, AccountPolicy.STANDARD);
    }

    /** The services on an open database with the given account policy (session times from the settings). */
    public static PersonalData on(Database database, KnowledgeBase knowledge, Clock clock, AccountPolicy policy) {
        return new PersonalData(database, AccountService.create(database, clock, policy),
                DiaryService.create(database, knowledge, clock), clock);
    }
}
