package org.crampcare.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A period of whole days, both ends included, that the person picked for insights or a report.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("a date range needs from <= to, got " + from + " to " + to);
        }
    }

    /** The smallest range holding every cramp and check-in, or empty when there are none. */
    public static Optional<DateRange> covering(List<CrampRecord> cramps, List<CheckInRecord> checkIns) {
        List<LocalDate> days = Stream.concat(cramps.stream().map(c -> c.start().toLocalDate()),
                checkIns.stream().map(CheckInRecord::day)).sorted().toList();
        return days.isEmpty() ? Optional.empty()
                : Optional.of(new DateRange(days.get(0), days.get(days.size() - 1)));
    }

    /** Whether the day lies in the range. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** How many days the range spans. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
