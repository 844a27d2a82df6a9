package org.crampcare.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of bad input is refused with the field named and what was expected. */
class BadInputTest {
    private static final Assessor ASSESSOR = Assessor.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"answers\": {\"pain_scor\": 5}}                       | answers.pain_scor        | unknown item id",
        "{\"answers\": {\"swelling\": \"yes\"}}                  | answers.swelling         | expected true or false",
        "{\"answers\": {\"swelling\": 1}}                        | answers.swelling         | expected true or false",
        "{\"answers\": {\"pain_score\": 11}}                     | answers.pain_score       | from 0 to 10, got 11",
        "{\"answers\": {\"pain_score\": -1}}                     | answers.pain_score       | from 0 to 10",
        "{\"answers\": {\"pain_score\": 6.5}}                    | answers.pain_score       | whole number",
        "{\"answers\": {\"pain_score\": \"7\"}}                  | answers.pain_score       | whole number",
        "{\"answers\": {\"episodes_per_week\": -0.5}}            | answers.episodes_per_week | from 0 to 1000",
        "{\"answers\": {\"age\": 121}}                           | answers.age              | from 0 to 120",
        "{\"answers\": {\"locations\": [\"calf\", \"knee\"]}}     | answers.locations[1]     | expected one of",
        "{\"answers\": {\"locations\": \"calf\"}}                | answers.locations        | expected a list",
        "{\"answers\": {\"conditions\": [3]}}                    | answers.conditions[0]    | expected one of",
        "{\"answers\": {\"sex\": \"M\"}}                         | answers.sex              | expected one of [female, male, other]",
        "{\"answers\": [1, 2]}                                  | answers                  | expected an object",
        "{\"answers\": {}, \"txt\": \"hi\"}                      | txt                      | unknown field",
        "{\"text\": 42}                                         | text                     | expected a string",
        "{\"text\": \"calambre\", \"language\": \"fr\"}          | language                 | unknown language 'fr'; expected one of [\"en\", \"es\"]",
        "{\"text\": \"calambre\", \"language\": 3}             | language                 | expected one of [\"en\", \"es\"]",
        "[1, 2]                                                 | input                    | expected a JSON object",
        "{\"answers\": {\"swelling\": true,}                     | input                    | malformed JSON",
        "{\"answers\": {\"swelling\": true}} trailing            | input                    | malformed JSON",
        "{\"answers\": {\"swelling\": true, \"swelling\": false}} | input                    | malformed JSON"})
    void badInputNamesTheField(String json, String field, String expected) {
        InputException e = catchThrowableOfType(InputException.class,
                () -> ASSESSOR.assess(AssessmentJson.readInput(json)));
        assertThat(e).as(json).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.reason()).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void emptyInputIsRefused(String json) {
        InputException e = catchThrowableOfType(InputException.class, () -> AssessmentJson.readInput(json));
        assertThat(e.field()).isEqualTo("input");
        assertThat(e.reason()).contains("empty");
    }

    @org.junit.jupiter.api.Test
    void nullMeansNotAnsweredAndDuplicatesInAListAreDropped() {
        AssessmentResult r = ASSESSOR.assess(AssessmentJson.readInput(
                "{\"answers\": {\"swelling\": null, \"locations\": [\"calf\", \"calf\", \"foot\"], \"pain_score\": 7.0}}"));
        assertThat(r.answers()).doesNotContainKey("swelling");
        assertThat(r.answers().get("locations")).isEqualTo(java.util.List.of("calf", "foot"));
        assertThat(r.answers().get("pain_score")).isEqualTo(7);
    }

    @org.junit.jupiter.api.Test
    void textIsRefusedClearlyWhenFreeTextReadingIsNotEnabled() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> ASSESSOR.assess(AssessmentInput.ofText("my calf hurts")));
        assertThat(e.field()).isEqualTo("text");
    }
}
