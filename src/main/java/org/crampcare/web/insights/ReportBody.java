package org.crampcare.web.insights;

/**
 * The doctor report's XHTML body, ready to sit inside a page under that page's own h1.
 *
 * <p>The report is a stand-alone document (for the PDF) with its own h1 and inline styles, which
 * the page's content security policy would block; the page keeps only the body, one heading level
 * lower, and styles it from the app's stylesheets.
 */
final class ReportBody {
    private ReportBody() {
    }

    /** The inside of the document's body, with h1 to h5 turned into h2 to h6. */
    static String of(String xhtml) {
        int open = xhtml.indexOf("<body>");
        int close = xhtml.lastIndexOf("</body>");
        if (open < 0 || close < open) {
            throw new IllegalStateException("the report document has no body");
        }
        String body = xhtml.substring(open + "<body>".length(), close);
        for (int level = 5; level >= 1; level--) {
            body = body.replace("<h" + level + ">", "<h" + (level + 1) + ">")
                    .replace("<h" + level + " ", "<h" + (level + 1) + " ")
                    .replace("</h" + level + ">", "</h" + (level + 1) + ">");
        }
        return body;
    }
}
