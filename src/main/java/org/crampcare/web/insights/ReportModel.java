package org.crampcare.web.insights;

import org.crampcare.web.kit.Page;

/**
 * The doctor report page: the period form and the report itself.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param page    the layout's needs
 * @param from    the period's first day as typed (shown again in the form)
 * @param to      the period's last day as typed
 * @param error   what is wrong with the typed period, or null
 * @param report  the report's XHTML body, headings one level down; trusted markup with the person's text escaped
 */
public record ReportModel(Page page, String from, String to, String error, String report) {
}
