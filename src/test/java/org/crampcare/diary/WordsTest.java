package org.crampcare.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.crampcare.knowledge.ItemValue;
import org.junit.jupiter.api.Test;

/** The diary's muscle words are the assessment contract's location values, so the two never drift apart. */
class WordsTest {
    @Test
    void musclesAreTheContractsLocations() {
        assertThat(Arrays.stream(Muscle.values()).map(Muscle::value).toList())
                .isEqualTo(DiaryFixture.KNOWLEDGE.item("locations").orElseThrow().values().stream()
                        .map(ItemValue::value).toList());
    }
}
