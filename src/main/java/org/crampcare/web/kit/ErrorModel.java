package org.crampcare.web.kit;

/**
 * An error page: its status, a short heading and what the person can do next.
 *
 * <p>Public because the precompiled templates live in another package.
 */
public record ErrorModel(Page page, int status, String message) {
}
