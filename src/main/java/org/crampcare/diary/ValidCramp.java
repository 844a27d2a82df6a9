package org.crampcare.diary;

import java.util.EnumMap;
import java.util.EnumSet;

/** A cramp that passed every check, with the derived local date and minute of day ready to store. */
record ValidCramp(long occurredAt, String zone, String localDate, int localMinute, EnumSet<Muscle> muscles, Side side,
                  Integer durationSeconds, Integer pain, EnumSet<Activity> activities, EnumMap<Relief, Integer> relief,
                  String note) {
}
