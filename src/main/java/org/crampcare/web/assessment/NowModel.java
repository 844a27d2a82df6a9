package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.web.kit.AdviceModel;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.web.kit.Page;

/**
 * The "I'm cramping right now" pages: the muscle picker, then the relief steps for that muscle.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param muscles the muscles to pick from (picker page)
 * @param muscle  the picked muscle's label, or null on the picker page
 * @param relief  the relief steps, muscle-specific first (steps page)
 */
public record NowModel(Page page, List<OptionModel> muscles, String muscle, List<AdviceModel> relief) {
}
