package org.crampcare.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.SchemaCheck;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Where a cramp was, as SNOMED CT body structures, read from {@code fhir/body-sites.yaml}.
 *
 * <p>The mapping is data with a schema and a format version. Loading checks the schema, that every
 * {@code locations} value of the knowledge is mapped exactly once and nothing else is, and each
 * code's Verhoeff check digit (every SNOMED CT identifier carries one), so a mistyped code fails
 * the build's tests and every FHIR request instead of reaching a clinic's record.
 */
final class BodySites {
    static final String FILE = "fhir/body-sites.yaml";
    private static final String LOCATIONS = "locations";
    private final Map<String, Site> byValue;

    private BodySites(Map<String, Site> byValue) {
        this.byValue = byValue;
    }

    /** The shipped mapping, checked against the knowledge's location values. */
    static BodySites builtIn(KnowledgeBase knowledge) {
        try (InputStream in = BodySites.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in), knowledge);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** The mapping in the document; every problem is reported at once, naming its path. */
    static BodySites parse(JsonNode doc, KnowledgeBase knowledge) {
        List<Problem> problems = new ArrayList<>(SchemaCheck.of("body-sites.schema.json").check(FILE, doc));
        Map<String, Site> sites = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            Item locations = knowledge.item(LOCATIONS).orElseThrow(() -> new IllegalStateException("no locations item"));
            JsonNode list = doc.get("sites");
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.get(i);
                String path = "$.sites[" + i + "]";
                Site site = new Site(n.get("value").asText(), n.get("code").asText(), n.get("display").asText(),
                        n.get("match").asText());
                if (!locations.allows(site.value())) {
                    problems.add(new Problem(FILE, path + ".value", "'" + site.value() + "' is not a locations value"));
                } else if (sites.putIfAbsent(site.value(), site) != null) {
                    problems.add(new Problem(FILE, path + ".value", "'" + site.value() + "' is mapped twice"));
                }
                if (!Verhoeff.valid(site.code())) {
                    problems.add(new Problem(FILE, path + ".code", site.code() + " fails the SNOMED CT check digit"));
                }
            }
            for (ItemValue v : locations.values()) {
                if (!sites.containsKey(v.value())) {
                    problems.add(new Problem(FILE, "$.sites", "no entry for the locations value '" + v.value() + "'"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("bad body-site mapping:\n" + String.join("\n",
                    problems.stream().map(Problem::toString).toList()));
        }
        return new BodySites(java.util.Collections.unmodifiableMap(sites));
    }

    /** The SNOMED CT coding of a location value, with CrampCare's own label as its text. */
    CodeableConcept concept(String value, String label) {
        Site site = byValue.get(value);
        if (site == null) {
            throw new IllegalArgumentException("no body site for " + value);
        }
        return new CodeableConcept(new Coding(Canonical.SNOMED, site.code(), site.display())).setText(label);
    }

    /** Every mapped value with its site, in file order. */
    Map<String, Site> sites() {
        return byValue;
    }

    /** One mapped location. */
    record Site(String value, String code, String display, String match) {
    }

    /** The Verhoeff check digit that ends every SNOMED CT identifier. */
    static final class Verhoeff {
        private static final int[][] D = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
                {5, 9, 8, 7, 6, 0, 4, 3, 2, 1}, {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
        private static final int[][] P = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
                {4, 2, 8, 6, 5, 7, 3, 9, 0, 1}, {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

        private Verhoeff() {
        }

        static boolean valid(String digits) {
            int c = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                if (digit < 0 || digit > 9) {
                    return false;
                }
                c = D[c][P[i % 8][digit]];
            }
            return c == 0;
        }
    }
}
