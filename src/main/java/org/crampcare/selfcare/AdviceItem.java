package org.crampcare.selfcare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.crampcare.knowledge.ContentEntry;

/** One piece of advice as shown to the person: a content entry without its selection logic. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AdviceItem(String id, String group, String title, String text, List<String> steps,
                         List<Integer> timerMinutes, String evidence, String caveat, List<String> sources) {

    static AdviceItem of(ContentEntry e) {
        return new AdviceItem(e.id(), e.group(), e.title(), e.text(), e.steps(), e.timerMinutes(),
                e.evidence().name().toLowerCase(java.util.Locale.ROOT), e.caveat(), e.sources());
    }
}
