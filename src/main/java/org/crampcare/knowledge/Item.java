package org.crampcare.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One interview item of the assessment contract: its question, type, allowed values and the
 * screen it is asked on.
 *
 * @param askWhen when present, the item is only asked if this holds (context items only)
 */
public record Item(String id, ItemType type, Double min, Double max, String question, String help,
                   List<ItemValue> values, List<String> sources, Condition askWhen, String screen) {

    public Item {
        values = List.copyOf(values);
        sources = List.copyOf(sources);
    }

    /** Whether the value id is one of this item's allowed values. */
    public boolean allows(String value) {
        for (ItemValue v : values) {
            if (v.value().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** The label for a value id, or the id itself when unknown. */
    public String labelOf(String value) {
        return values.stream().filter(v -> v.value().equals(value)).map(ItemValue::label)
                .findFirst().orElse(value);
    }

    /** The condition under which the item is asked, if any. */
    public Optional<Condition> askCondition() {
        return Optional.ofNullable(askWhen);
    }
}
