package org.crampcare.web.fhir;

import java.time.LocalDate;
import org.crampcare.insights.DateRange;

/**
 * Where the diary export gets the person's "today" and the doctor report PDF; the server wiring
 * supplies the insights feature's implementation, so the two features stay apart.
 */
public interface ReportSource {
    /** Today on the person's own clock. */
    LocalDate today(long personId);

    /** The doctor report of the period, as PDF bytes. */
    byte[] pdf(long personId, DateRange range);
}
