package org.crampcare.selfcare;

import java.util.List;

/**
 * Personal self-care advice for an assessment result. Every item cites its sources.
 *
 * @param reliefNote why relief steps are withheld (urgent or emergency results), or null
 * @param caveats    the evidence caveats of the advice shown, once each
 */
public record Advice(Action action, List<AdviceItem> relief, String reliefNote, List<AdviceItem> prevention,
                     List<AdviceItem> possibleFactors, FluidAdvice fluids, List<AdviceItem> providerWillAsk,
                     List<AdviceItem> questionsToAsk, List<String> caveats) {
    public Advice {
        relief = List.copyOf(relief);
        prevention = List.copyOf(prevention);
        possibleFactors = List.copyOf(possibleFactors);
        providerWillAsk = List.copyOf(providerWillAsk);
        questionsToAsk = List.copyOf(questionsToAsk);
        caveats = List.copyOf(caveats);
    }
}
