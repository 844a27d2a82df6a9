/**
 * The cramp diary: cramps, daily check-ins, saved assessments, pattern warnings from the triage
 * rules, and the person's own data (CSV/JSON export, CSV import, delete everything).
 *
 * <p>Entry point: {@link org.crampcare.diary.DiaryService}; every method is scoped to the acting person.
 */
package org.crampcare.diary;
