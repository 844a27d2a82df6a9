package org.crampcare.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemValue;

/**
 * The next interview question to ask: the contract's {@code id}, {@code text} and {@code type},
 * plus what a front end needs to render it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextQuestion(String id, String text, String type, String help, String screen,
                           Double min, Double max, List<ItemValue> values) {

    static NextQuestion of(Item item) {
        return new NextQuestion(item.id(), item.question(), item.type().key(), item.help(), item.screen(),
                item.min(), item.max(), item.values().isEmpty() ? null : item.values());
    }
}
