package org.crampcare.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemValue;

/**
 * The next interview question to ask: the contract's {@code id}, {@code text} and {@code type},
 * plus what a front end needs to render it.
 *
 * @param quote the person's own words when the question confirms a sign their text hinted at
 *              (front ends show "You wrote '...'" before the question), otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextQuestion(String id, String text, String type, String help, String screen,
                           Double min, Double max, List<ItemValue> values, String quote) {

    static NextQuestion of(Item item, String quote) {
        return new NextQuestion(item.id(), item.question(), item.type().key(), item.help(), item.screen(),
                item.min(), item.max(), item.values().isEmpty() ? null : item.values(), quote);
    }
}
