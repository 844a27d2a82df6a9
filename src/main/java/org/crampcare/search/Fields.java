package org.crampcare.search;

import java.util.List;

/**
 * The indexed fields of a passage and how much a match in each counts.
 *
 * <p>Titles and the questions an entry answers are short and say what the entry is about, so they
 * count most; steps count least because they hold details rather than the point.
 */
enum Fields {
    TITLE("title", 2.5f), QUESTIONS("questions", 2.5f), KEYWORDS("keywords", 1.5f), TEXT("text", 1f),
    STEPS("steps", 0.5f);

    private final String field;
    private final float boost;

    Fields(String field, float boost) {
        this.field = field;
        this.boost = boost;
    }

    /** The Lucene field name. */
    String field() {
        return field;
    }

    /** The weight of a match in this field. */
    float boost() {
        return boost;
    }

    /** The field's values for a passage. */
    List<String> of(Passage p) {
        switch (this) {
            case TITLE:
                return List.of(p.title());
            case QUESTIONS:
                return p.questions();
            case KEYWORDS:
                return p.keywords();
            case TEXT:
                return List.of(p.text());
            default:
                return p.steps();
        }
    }
}
