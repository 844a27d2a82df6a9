package org.crampcare.knowledge;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Checks that a condition reads real items, with tests that fit each item's type and values. */
final class ConditionCheck {
    private final Map<String, Item> items;
    private final Consumer<String> report;

    ConditionCheck(Map<String, Item> items, Consumer<String> report) {
        this.items = items;
        this.report = report;
    }

    void check(Condition c) {
        if (c instanceof Condition.Any a) {
            a.parts().forEach(this::check);
        } else if (c instanceof Condition.All a) {
            a.parts().forEach(this::check);
        } else if (c instanceof Condition.Not n) {
            check(n.part());
        } else if (c instanceof Condition.Is is) {
            expect(is.item(), ItemType.BOOLEAN, "is");
        } else if (c instanceof Condition.Compare cmp) {
            compare(cmp);
        } else if (c instanceof Condition.In in) {
            values(in.item(), ItemType.CHOICE, "in", in.values());
        } else if (c instanceof Condition.ContainsAny any) {
            values(any.item(), ItemType.LIST, "containsAny", any.values());
        } else if (c instanceof Condition.NonEmpty ne) {
            expect(ne.item(), ItemType.LIST, "nonEmpty");
        }
    }

    private Item expect(String id, ItemType type, String test) {
        Item item = items.get(id);
        if (item == null) {
            report.accept("reads unknown item '" + id + "'");
            return null;
        }
        if (item.type() != type) {
            report.accept("'" + test + "' needs a " + type.key() + " item but '" + id + "' is " + item.type().key());
            return null;
        }
        return item;
    }

    private void compare(Condition.Compare cmp) {
        Item item = items.get(cmp.item());
        if (item == null) {
            report.accept("reads unknown item '" + cmp.item() + "'");
        } else if (item.type() != ItemType.INTEGER && item.type() != ItemType.NUMBER) {
            report.accept("'" + cmp.op().key() + "' needs a number item but '" + cmp.item() + "' is " + item.type().key());
        } else if (item.min() != null && item.max() != null
                && (cmp.threshold() < item.min() || cmp.threshold() > item.max())) {
            report.accept("threshold " + plain(cmp.threshold()) + " is outside the range of '" + cmp.item() + "' ("
                    + plain(item.min()) + " to " + plain(item.max()) + ")");
        }
    }

    private void values(String id, ItemType type, String test, List<String> values) {
        Item item = expect(id, type, test);
        if (item != null) {
            values.stream().filter(v -> !item.allows(v))
                    .forEach(v -> report.accept("'" + v + "' is not a value of '" + id + "'"));
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
