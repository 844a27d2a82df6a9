package org.crampcare.web.assessment;

/**
 * An answer understood from free text, in words: "Swelling: no — you wrote 'no swelling'".
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param item     a short name of the item, e.g. "Swelling"
 * @param question the item's full question
 */
public record UnderstoodModel(String item, String question, String answer, String quote) {
}
