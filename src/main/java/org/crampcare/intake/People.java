package org.crampcare.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds mentions of other people ("my husband", "my 4 year old") and decides whom a text is about.
 *
 * <p>A text whose first sentence names the writer's child ("My daughter is 8 and...") is read as
 * a parent's report about that child: children rarely write for themselves. Adults named first
 * ("My sister gets cramps all over") stay other people, so their symptoms set nothing, unless the
 * lexicon's {@link ProxyReports} words mark a caregiver's report ("Consulta por mi mamá, 79 años"):
 * then the adult is the person, since a caregiver's red flag silently dropped is the unsafe outcome.
 * An adult named in the first sentence with no lead ({@link #openingAdult}) may be the person too;
 * {@link WhoseText} decides, from whether the writer speaks of cramps of their own.
 */
final class People {
    /** The most words a first sentence may have and still only open the text ("Mum here."). */
    static final int SHORT_OPENER = 3;
    /** The most person adjectives between a determiner and a person word ("my poor old dad"). */
    static final int ADJECTIVES = 2;
    /** The most age links between a person and their age ("mi mamá , DE 79 años"). */
    static final int AGE_LINKS = 2;
    private People() {
    }

    /**
     * The child the text reports about, when it is a parent's report: "my" or "our" child, not
     * someone else's ("my sister's boy"), whose report the writer rarely makes.
     */
    static Optional<Hit<PersonGroup>> reportedChild(Lexicon lexicon, List<Token> tokens) {
        int firstSentenceEnd = firstSentenceEnd(tokens);
        for (Hit<PersonGroup> h : mentions(lexicon, tokens)) {
            if (h.from() <= firstSentenceEnd && h.meaning().child() && determined(lexicon, tokens, h.from())) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * The person the text reports about: a child named first, or an adult a caregiver writes for
     * when the lexicon's {@link ProxyReports} leads say so ("I care for my dad"); an adult the text
     * only opens with is {@link #openingAdult}, weighed by {@link WhoseText}; the hit's group is then marked as a
     * reported person ({@code child}), so the rest of the reading treats both alike.
     */
    static Optional<Hit<PersonGroup>> reportedPerson(Lexicon lexicon, List<Token> tokens) {
        return reportedChild(lexicon, tokens).or(() -> reportedAdult(lexicon, tokens));
    }

    private static Optional<Hit<PersonGroup>> reportedAdult(Lexicon lexicon, List<Token> tokens) {
        ProxyReports reports = lexicon.proxyReports();
        List<Hit<Boolean>> leads = reports.leads().find(tokens);
        int firstSentenceEnd = firstSentenceEnd(tokens);
        for (Hit<PersonGroup> h : mentions(lexicon, tokens)) {
            int determiner = Math.max(0, h.from() - 1);
            if (h.from() <= firstSentenceEnd && leads.stream().anyMatch(l -> l.to() == determiner)) {
                return Optional.of(reported(h));
            }
        }
        return Optional.empty();
    }

    private static Hit<PersonGroup> reported(Hit<PersonGroup> h) {
        return new Hit<>(h.from(), h.to(), new PersonGroup(h.meaning().sex(), true));
    }

    /**
     * The adult the first sentence names, when no child came first, or else an adult opening a later
     * sentence with their age ("Hi all. My wife is 39 and..."): the candidate patient of a text that
     * opens with another person's cramps ("My husband has had a cramp...", "Mum's had cramp...",
     * "Dad's 72.", "my wife (44) has had"). Only a candidate: {@link WhoseText} keeps the text the writer's when the writer
     * speaks of cramps of their own. Marked as a reported person, as {@link #reportedPerson} does.
     */
    static Optional<Hit<PersonGroup>> openingAdult(Lexicon lexicon, List<Token> tokens) {
        List<Hit<PersonGroup>> all = mentions(lexicon, tokens);
        if (!all.isEmpty() && !all.get(0).meaning().child() && all.get(0).from() <= firstSentenceEnd(tokens)) {
            return Optional.of(reported(all.get(0)));
        }
        ProxyReports reports = lexicon.proxyReports();
        NumberReader numbers = new NumberReader(lexicon.numbers(), lexicon.grammar());
        return all.stream().filter(h -> !h.meaning().child() && opensSentence(tokens, Math.max(0, h.from() - 1))
                && ageAfter(reports, numbers, tokens, h.to())).findFirst().map(People::reported);
    }

    /**
     * Token indexes that belong to a naming of another person ("MY husband", "OUR POOR OLD nan"):
     * their "my" is no word about the writer's own cramps.
     */
    static boolean[] namingWords(Lexicon lexicon, List<Token> tokens) {
        boolean[] naming = new boolean[tokens.size()];
        for (Hit<PersonGroup> h : lexicon.people().find(tokens)) {
            for (int i = h.from(); i < h.to(); i++) {
                naming[i] = true;
            }
            int i = h.from() - 1;
            Set<String> adjectives = lexicon.personLinks().adjectives();
            for (int skipped = 0; i >= 0 && skipped < ADJECTIVES && adjectives.contains(tokens.get(i).word()); skipped++) {
                naming[i--] = true;
            }
            if (i >= 0 && tokens.get(i).isNumber()) {
                naming[i--] = true;
            }
            if (i >= 0 && lexicon.determiners().contains(tokens.get(i).stem())) {
                naming[i] = true;
            }
        }
        return naming;
    }

    /** Whether an age follows a person word, after one or two links ("mi papá de 70", "mi mamá, 79", "mi mamá, de 79"); the link may end the hit ("mamá de"). */
    private static boolean ageAfter(ProxyReports reports, NumberReader numbers, List<Token> tokens, int to) {
        int links = reports.ageLinks().contains(tokens.get(to - 1).word()) ? 1 : 0;
        int at = to;
        while (at < tokens.size() && links < AGE_LINKS && reports.ageLinks().contains(tokens.get(at).word())) {
            at++;
            links++;
        }
        return links > 0 && at < tokens.size() && numbers.at(tokens, at).filter(Quantity::bare).isPresent();
    }

    /** The text's first word, or the first after a sentence end or a short greeting ("Buenas, mi papá"). */
    private static boolean opensSentence(List<Token> tokens, int at) {
        return at == 0 || tokens.get(at - 1).endsSentence()
                || at <= SHORT_OPENER && tokens.get(at - 1).word().equals(",");
    }

    /**
     * Mentions that open another person's scope; the reported person's own do not ({@code reported}:
     * what {@link #reportedPerson} found, read once per text).
     */
    static List<Hit<PersonGroup>> others(Lexicon lexicon, List<Token> tokens, Optional<Hit<PersonGroup>> reported) {
        boolean proxy = reported.isPresent();
        String reportedStem = reported.map(r -> tokens.get(r.from()).stem()).orElse("");
        List<Hit<PersonGroup>> out = new ArrayList<>();
        for (Hit<PersonGroup> h : mentions(lexicon, tokens, true)) {
            boolean theReported = proxy && (h.meaning().child() || reportedStem.equals(tokens.get(h.from()).stem()));
            if (!theReported) {
                out.add(h);
            }
        }
        return out;
    }

    /** The sex a pronoun after {@code from} gives ("he's cramping" → male), if any. */
    static Optional<String> pronounSex(Lexicon lexicon, List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            String sex = lexicon.pronounSex().get(tokens.get(i).stem());
            if (sex != null) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }

    /**
     * The person words that name someone: after a determiner or another person's possessive ("my
     * husband's MUM"), or possessive themselves ("Gran's leg", "Gran's been in hospital"). A person
     * who only says whose someone is ("my HUSBAND's mum", "el abuelo de mis HIJOS") is no mention, nor
     * one after a place word ("la botella donde mi cuñado guardó el veneno"), whose clause describes a
     * thing of the main clause.
     */
    private static List<Hit<PersonGroup>> mentions(Lexicon lexicon, List<Token> tokens) {
        return mentions(lexicon, tokens, false);
    }

    /**
     * As {@link #mentions(Lexicon, List)}; {@code indefinite}: also an adult's with "a", "another"...
     * ("a colleague was told her cramps were her thyroid"), only for other people's scopes: a child so
     * named ("since I was a child") must not make the text a parent's report, and the writer so named
     * ("I'm a parent", "as a carer") is not someone else.
     */
    private static List<Hit<PersonGroup>> mentions(Lexicon lexicon, List<Token> tokens, boolean indefinite) {
        boolean[] leadEnds = new boolean[tokens.size() + 1];
        if (indefinite) {
            lexicon.selfLeads().find(tokens).forEach(l -> leadEnds[l.to()] = true);
        }
        List<Hit<PersonGroup>> all = lexicon.people().find(tokens);
        boolean[] personEnds = new boolean[tokens.size() + 1];
        boolean[] personStarts = new boolean[tokens.size() + 1];
        for (Hit<PersonGroup> h : all) {
            personEnds[h.to()] = true;
            personStarts[h.from()] = true;
        }
        List<Hit<PersonGroup>> out = new ArrayList<>();
        for (Hit<PersonGroup> h : all) {
            boolean names = determined(lexicon, tokens, h.from()) || possessive(tokens, h.to() - 1)
                    || kinName(lexicon, tokens, h)
                    || h.from() > 0 && personEnds[h.from()] && possessive(tokens, h.from() - 1)
                    || indefinite && !h.meaning().child() && someoneIndefinite(lexicon, tokens, leadEnds, h.from());
            boolean ownerBefore = possessive(tokens, h.to() - 1) && personStarts[h.to()];
            boolean ownerAfter = ofAnother(lexicon.personLinks().possessors(), tokens, personEnds, h.from());
            if (ownerAfter && !out.isEmpty() && out.get(out.size() - 1).to() >= h.from() - 2) {
                Hit<PersonGroup> head = out.remove(out.size() - 1);
                out.add(new Hit<>(head.from(), h.to(), head.meaning()));
            } else if (names && !ownerBefore && !ownerAfter && !afterPlace(lexicon, tokens, h.from())) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Whether a kin word used as a name opens a sentence ("Grandad has been cramping", "Mamá tiene
     * calambres"): it names that person as "my grandad" does. Only at a sentence start, where the
     * word cannot be the object of another phrase ("I told mum").
     */
    private static boolean kinName(Lexicon lexicon, List<Token> tokens, Hit<PersonGroup> h) {
        return h.to() == h.from() + 1 && lexicon.proxyReports().names().contains(tokens.get(h.from()).word())
                && opensSentence(tokens, h.from());
    }

    /** Whether "a", "another"... stands right before the person word and no lead about the writer ends there. */
    private static boolean someoneIndefinite(Lexicon lexicon, List<Token> tokens, boolean[] leadEnds, int at) {
        return at > 0 && lexicon.indefinites().contains(tokens.get(at - 1).stem()) && !leadEnds[at] && !leadEnds[at - 1];
    }

    /** Whether the word is an English possessive or "'s" contraction ("gran's"): it names a person without "my". */
    private static boolean possessive(List<Token> tokens, int at) {
        return tokens.get(at).kind() == Token.Kind.WORD && tokens.get(at).word().endsWith("'s");
    }

    /** Whether a possessor link and another person stand before the determiner ("el abuelo DE mis hijos"). */
    private static boolean ofAnother(Set<String> links, List<Token> tokens, boolean[] personEnds, int at) {
        int link = at - 2;
        return link >= 0 && links.contains(tokens.get(link).word())
                && (personEnds[link] || personEnds[link + 1]);
    }

    /** Whether a place word stands right before the person's determiner ("donde mi cuñado"). */
    private static boolean afterPlace(Lexicon lexicon, List<Token> tokens, int at) {
        return at >= 2 && lexicon.personLinks().places().contains(tokens.get(at - 2).word());
    }

    /**
     * Whether "my", "our"... stands before the person word, perhaps with an age or up to
     * {@link #ADJECTIVES} person adjectives between ("my 4 year old", "my LATE husband", "mi DIFUNTO
     * esposo"). Why: an adjective that hid the determiner made another person's signs the writer's.
     */
    private static boolean determined(Lexicon lexicon, List<Token> tokens, int at) {
        int i = at - 1;
        Set<String> adjectives = lexicon.personLinks().adjectives();
        for (int skipped = 0; i >= 0 && skipped < ADJECTIVES && adjectives.contains(tokens.get(i).word()); skipped++) {
            i--;
        }
        if (i >= 0 && tokens.get(i).isNumber()) {
            i--;
        }
        return i >= 0 && lexicon.determiners().contains(tokens.get(i).stem());
    }

    /**
     * The index of the token ending the first sentence, or the last index when there is none. A
     * short opener ("Mum here.", "Hi all!") is not the first sentence: the one after it is.
     */
    private static int firstSentenceEnd(List<Token> tokens) {
        int words = 0;
        boolean openerSkipped = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).endsSentence()) {
                words += tokens.get(i).kind() == Token.Kind.WORD ? 1 : 0;
            } else if (!openerSkipped && words <= SHORT_OPENER) {
                openerSkipped = true;
            } else {
                return i;
            }
        }
        return tokens.size();
    }
}
