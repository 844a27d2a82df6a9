package org.crampcare.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/** The checked-in OpenAPI document, used to validate real responses against its schemas. */
final class OpenApiDocument {
    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode doc;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    OpenApiDocument(String json) throws java.io.IOException {
        this.doc = mapper.readTree(json);
    }

    JsonNode doc() {
        return doc;
    }

    /**
     * The schema violations of a response body, as messages (empty when valid).
     *
     * @param path the path template as written in the document, e.g. /api/v1/knowledge/{topic}
     */
    Set<String> violations(String path, String method, int status, String body) throws java.io.IOException {
        JsonNode response = doc.path("paths").path(path).path(method).path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            return Set.of("the document has no " + status + " response for " + method + " " + path);
        }
        JsonNode schemaNode = response.path("content").path("application/json").path("schema");
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schemaNode.deepCopy());
        root.set("components", doc.path("components").deepCopy());
        JsonSchema schema = factory.getSchema(root);
        return schema.validate(mapper.readTree(body)).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.toSet());
    }
}
