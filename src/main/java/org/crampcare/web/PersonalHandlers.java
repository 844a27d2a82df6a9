package org.crampcare.web;

import org.crampcare.triage.Assessor;
import org.crampcare.web.account.AccountHandlers;
import org.crampcare.web.api.AccountApiHandlers;
import org.crampcare.web.api.DiaryApiHandlers;
import org.crampcare.web.assessment.SaveHandlers;
import org.crampcare.web.diary.CheckInHandlers;
import org.crampcare.web.diary.DiaryHandlers;
import org.crampcare.web.diary.SavedAssessmentHandlers;
import org.crampcare.web.diary.YourDataHandlers;
import org.crampcare.web.fhir.FhirExportHandlers;
import org.crampcare.web.kit.ClientAddress;
import org.crampcare.web.kit.IdempotencyKeys;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;

/**
 * The handlers of accounts and the diary, built only when the server has a database.
 */
record PersonalHandlers(Sessions sessions, AccountHandlers account, AccountApiHandlers accountApi,
                        DiaryHandlers diary, CheckInHandlers checkIn, SaveHandlers save,
                        SavedAssessmentHandlers assessments, YourDataHandlers data, DiaryApiHandlers diaryApi,
                        FhirExportHandlers fhirExport, IdempotencyKeys idempotency) {

    /** The handlers on the given services; {@code fhirExport} makes the FHIR diary export. */
    static PersonalHandlers on(PersonalData personal, Assessor assessor, Templates templates, Sessions sessions,
                               ClientAddress clients, FhirExportHandlers fhirExport) {
        return new PersonalHandlers(sessions,
                new AccountHandlers(personal.accounts(), sessions, templates, clients),
                new AccountApiHandlers(personal.accounts(), sessions, clients),
                new DiaryHandlers(personal.diary(), sessions, templates, assessor.knowledge()),
                new CheckInHandlers(personal.diary(), sessions, templates, personal.clock()),
                new SaveHandlers(personal.diary(), sessions, assessor),
                new SavedAssessmentHandlers(personal.diary(), sessions, templates),
                new YourDataHandlers(personal.diary(), sessions, templates),
                new DiaryApiHandlers(personal.diary(), sessions, assessor, fhirExport::api), fhirExport,
                new IdempotencyKeys(personal.diary().idempotentRequests(), sessions));
    }
}
