package org.crampcare.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a parsed knowledge file against its JSON Schema (shipped in {@code knowledge/schema/}).
 *
 * <p>Schemas are public so that other tools can check the same files; this class turns the
 * validator's messages into {@link Problem}s with the file name and path.
 */
public final class SchemaCheck {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** The check for a schema file under {@code knowledge/schema/}, e.g. {@code rules.schema.json}. */
    public static SchemaCheck of(String schemaFile) {
        return new SchemaCheck(FACTORY.getSchema(SchemaLocation.of("classpath:knowledge/schema/" + schemaFile)));
    }

    /** Every schema violation of the document, sorted by path. */
    public List<Problem> check(String file, JsonNode document) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> new Problem(file, m.getInstanceLocation().toString(), withoutPath(m)))
                .distinct()
                .toList();
    }

    private static String withoutPath(ValidationMessage m) {
        String message = m.getMessage();
        String prefix = m.getInstanceLocation().toString() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
