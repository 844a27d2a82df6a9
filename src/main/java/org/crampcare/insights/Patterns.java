package org.crampcare.insights;

import java.util.List;

/**
 * When, where and how the cramps came in the period: the descriptive half of the insights.
 *
 * @param timeOfDay         cramps by time of day: night 0-6 h, morning 6-12 h, afternoon 12-18 h, evening 18-24 h
 * @param dayOfWeek         cramps by weekday, Monday first
 * @param muscles           cramps by muscle, most first (a cramp in two muscles counts for both)
 * @param activities        cramps by what was happening, most first
 * @param painLevels        cramps at each pain score 0 to 10
 * @param painBands         cramps with mild (0-3), moderate (4-6) and severe (7-10) pain
 * @param durationBands     cramps by length: under 1 minute, 1-5, 5-15, over 15 minutes
 * @param pain              pain scores summarised
 * @param durationSeconds   durations summarised, in seconds
 * @param perWeek           cramps in every week of the period, weeks without cramps included
 * @param averagePerWeek    cramps per week over the whole period
 * @param painOverTime      each cramp's pain on its day
 * @param painTrend         how pain changed from the first half of the period to the second, in words
 * @param durationTrend     how durations changed from the first half to the second, in words
 * @param painHalves        the pain scores of the first and the second half of the period
 * @param durationHalves    the durations, in seconds, of the first and the second half of the period
 */
public record Patterns(List<Count> timeOfDay, List<Count> dayOfWeek, List<Count> muscles, List<Count> activities,
                       List<Count> painLevels, List<Count> painBands, List<Count> durationBands, NumberSummary pain,
                       NumberSummary durationSeconds, List<WeekCount> perWeek, double averagePerWeek,
                       List<PainPoint> painOverTime, String painTrend, String durationTrend,
                       Halves painHalves, Halves durationHalves) {
    public Patterns {
        timeOfDay = List.copyOf(timeOfDay);
        dayOfWeek = List.copyOf(dayOfWeek);
        muscles = List.copyOf(muscles);
        activities = List.copyOf(activities);
        painLevels = List.copyOf(painLevels);
        painBands = List.copyOf(painBands);
        durationBands = List.copyOf(durationBands);
        perWeek = List.copyOf(perWeek);
        painOverTime = List.copyOf(painOverTime);
    }
}
