package org.crampcare.report;

import java.time.LocalDateTime;

/** A note in the person's own words with when it was written about. */
public record NoteEntry(LocalDateTime at, String text) {
}
