package org.crampcare.intake;

import java.util.Set;

/**
 * Words that make a number someone's age.
 *
 * @param leads      before a bare number: "AGED 70"
 * @param childLinks between a reported child and its age: "my daughter IS 8", "mi hijo DE 12 años"
 * @param units      after a number: "70 YEARS OLD", "70 yo"
 * @param sexLinks   between the writer's sex and age: "Male, 50", "mujer DE 29 años"
 */
record AgeWords(Set<String> leads, Set<String> childLinks, Vocabulary<Boolean> units, Set<String> sexLinks) {
}
