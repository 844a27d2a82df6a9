package org.crampcare.fhir;

/**
 * Bad FHIR input: names the place (a {@code linkId}, or the part of the resource) and what was expected.
 *
 * <p>Thrown before anything is assessed or answered, so a refused request has no partial effect.
 */
public final class FhirInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String linkId;
    private final String expression;

    /**
     * A problem at {@code expression} (a FHIRPath), about the item {@code linkId} (null when the
     * problem is not about one item).
     */
    FhirInputException(String linkId, String expression, String message) {
        super(message);
        this.linkId = linkId;
        this.expression = expression;
    }

    /** A problem with the answer to one item. */
    static FhirInputException item(String linkId, String message) {
        return new FhirInputException(linkId, "QuestionnaireResponse.item.where(linkId='" + linkId + "')",
                "linkId '" + linkId + "': " + message);
    }

    /** The item at fault, or null. */
    public String linkId() {
        return linkId;
    }

    /** Where in the resource the problem is, as FHIRPath. */
    public String expression() {
        return expression;
    }
}
