package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.web.kit.Page;

/**
 * The full-screen emergency instruction that ends the wizard at once.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param state the hidden field, so a person who answered by mistake can go back and correct it
 */
public record EmergencyModel(Page page, String action, List<ReasonModel> reasons, String state,
                             List<UnderstoodModel> fromText) {
}
