package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expanding a phrase that names word classes into the wordings it stands for. */
class WordClassesTest {
    private static WordClasses classes(String json) throws Exception {
        return WordClasses.of(new ObjectMapper().readTree(json));
    }

    @Test
    void singleWordsJoinIntoOneAlternativeAndLongerMembersStayApart() throws Exception {
        WordClasses c = classes("{\"cannot\": [\"can't\", \"cannot\", \"could not\"], \"verb\": [\"bear\", \"put up with\"]}");
        List<String> errors = new ArrayList<>();
        assertThat(c.expand("@cannot @verb it", errors)).containsExactlyInAnyOrder(
                "can't|cannot bear it", "can't|cannot put up with it", "could not bear it", "could not put up with it");
        assertThat(errors).isEmpty();
    }

    @Test
    void anOptionalClassMayBeLeftOut() throws Exception {
        WordClasses c = classes("{\"adverb\": [\"really\", \"just\"]}");
        assertThat(c.expand("can't @adverb? cope", new ArrayList<>()))
                .containsExactlyInAnyOrder("can't really|just cope", "can't cope");
    }

    @Test
    void aPhraseWithoutClassesIsItself() {
        assertThat(WordClasses.none().expand("worst pain ever", new ArrayList<>())).containsExactly("worst pain ever");
    }

    @Test
    void anUnknownClassIsAProblemNamingIt() throws Exception {
        List<String> errors = new ArrayList<>();
        assertThat(classes("{\"a\": [\"x\"]}").expand("@missing pain", errors)).isEmpty();
        assertThat(errors).singleElement().asString().contains("missing");
    }

    @Test
    void aVowelSlipKeepsTheConsonants() {
        assertThat(ConsonantSkeleton.same("unbareable", "unbearable")).isTrue();
        assertThat(ConsonantSkeleton.same("swollen", "swallow")).isFalse();
        assertThat(ConsonantSkeleton.of("minutes")).isEqualTo("mnts");
    }
}
