package org.crampcare.web.offline;

import org.crampcare.web.kit.Page;

/**
 * The offline page: what works without a connection, and the signs that mean getting help now.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param diary whether this server has the diary (then "log a cramp" works offline too)
 */
public record OfflineModel(Page page, boolean diary) {
}
