package org.crampcare.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanishSoundsTest {

    @Test
    void wordsSaidAlikeShareAKey() {
        assertThat(SpanishSounds.key("ielo")).isEqualTo(SpanishSounds.key("hielo"));
        assertThat(SpanishSounds.key("beses")).isEqualTo(SpanishSounds.key("veces"));
        assertThat(SpanishSounds.key("potacio")).isEqualTo(SpanishSounds.key("potasio"));
        assertThat(SpanishSounds.key("calanbre")).isEqualTo(SpanishSounds.key("calambre"));
        assertThat(SpanishSounds.key("embarasada")).isEqualTo(SpanishSounds.key("embarazada"));
        assertThat(SpanishSounds.key("masagear")).isEqualTo(SpanishSounds.key("masajear"));
        assertThat(SpanishSounds.key("almoadilla")).isEqualTo(SpanishSounds.key("almohadilla"));
        assertThat(SpanishSounds.key("Músculo")).isEqualTo(SpanishSounds.key("musculo"));
    }

    @Test
    void wordsSaidDifferentlyKeepDifferentKeys() {
        assertThat(SpanishSounds.key("beses")).isNotEqualTo(SpanishSounds.key("bebes"));
        assertThat(SpanishSounds.key("casa")).isNotEqualTo(SpanishSounds.key("caza").replace('s', 'z'));
        assertThat(SpanishSounds.key("gato")).isNotEqualTo(SpanishSounds.key("jato"));
        assertThat(SpanishSounds.key("guerra")).isNotEqualTo(SpanishSounds.key("jera"));
        assertThat(SpanishSounds.key("pecho")).isNotEqualTo(SpanishSounds.key("peso"));
    }
}
