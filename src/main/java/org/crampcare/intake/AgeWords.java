package org.crampcare.intake;

import java.util.Set;

/**
 * Words that make a number someone's age.
 *
 * @param leads      before a bare number: "AGED 70"
 * @param childLinks between a reported child and its age: "my daughter IS 8", "mi hijo DE 12 años"
 * @param units      after a number: "70 YEARS OLD", "70 yo"
 * @param sexLinks   between the writer's sex and age: "Male, 50", "mujer DE 29 años"
 * @param leadSkips  marks or words that may stand between a lead and the age: "age: 45", "my age (87)"
 * @param notAfter   words after "I'm 26" that make the number a measure, not an age: "weeks", "kg"
 * @param coming     after an age, a birthday still to come: "I'm 70 NEXT MONTH" is 69
 * @param years      words for years right after a number that follows the writer's sex: "Male 63 Y",
 *                   "mujer 58 AÑOS"; per language, as English "y" is Spanish "and"
 */
record AgeWords(Set<String> leads, Set<String> childLinks, Vocabulary<Boolean> units, Set<String> sexLinks,
                Set<String> leadSkips, Set<String> notAfter, Vocabulary<Boolean> coming, Set<String> years) {
}
