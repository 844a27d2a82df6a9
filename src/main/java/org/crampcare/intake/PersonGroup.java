package org.crampcare.intake;

/**
 * A kind of other person the lexicon knows ("my husband", "my daughter").
 *
 * @param sex   the contract's sex value the word implies, or null
 * @param child whether a parent would write on this person's behalf
 */
record PersonGroup(String sex, boolean child) {
}
