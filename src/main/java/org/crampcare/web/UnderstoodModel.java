package org.crampcare.web;

/**
 * An answer understood from free text, in words: "Swelling: no — you wrote 'no swelling'".
 *
 * <p>Public because the precompiled templates live in another package.
 */
public record UnderstoodModel(String item, String question, String answer, String quote) {
}
