package org.crampcare.intake;

import java.util.Set;

/**
 * Words that make a text a report about an adult the writer names, as it is about a child: a
 * caregiver writing for a parent or a partner ("Consulta por mi mamá, 79 años", "Mi papá de 70
 * años estuvo echando raticida"). Without them an adult named first stays another person, and
 * the red flags the caregiver describes would set nothing.
 *
 * @param leads    phrases right before the person's determiner ("consulta por", "le escribo por")
 * @param ageLinks words between a person opening the text and their age ("de", ",", "(" of "my wife (44)")
 * @param names    kin words used as a name, without a determiner, opening a sentence ("Mum's had cramp",
 *                 "Grandad has been", "Mamá tiene"): they name that person as "my mum" does
 */
record ProxyReports(Vocabulary<Boolean> leads, Set<String> ageLinks, Set<String> names) {

    static ProxyReports none() {
        return new ProxyReports(new Vocabulary.Builder<Boolean>().build(), Set.of(), Set.of());
    }
}
