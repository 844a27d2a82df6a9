package org.crampcare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
    @Test
    void tagsAreReadWithRegionAndCaseIgnored() {
        assertThat(Language.fromTag("es")).contains(Language.ES);
        assertThat(Language.fromTag("ES-mx")).contains(Language.ES);
        assertThat(Language.fromTag(" en-GB ")).contains(Language.EN);
    }

    @Test
    void unknownOrMissingTagsGiveNothing() {
        assertThat(Language.fromTag("fr")).isEmpty();
        assertThat(Language.fromTag("")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
    }

    @Test
    void englishIsTheBaseAndComesFirst() {
        assertThat(Language.base()).isEqualTo(Language.EN);
        assertThat(Language.all()).first().isEqualTo(Language.EN);
    }
}
