package org.crampcare.intake;

import java.util.List;
import java.util.Optional;

/**
 * Reads who the text is about: age and sex.
 *
 * <p>Only the writer's own words set them ("I'm 70", "I'm a 70-year-old man"), or, in a parent's
 * report, the child's ("My daughter is 8", "my 4 year old ... he's"). Other people's words never do:
 * "my husband" says nothing about the writer's sex, and "I'm 26 weeks pregnant" is not an age.
 */
final class PersonReader {
    static final int MAX_AGE = 120;
    private static final int SEX_WINDOW = 5;
    /** The most words of a self-description before its age: "I am a retired hill farmer OF 74". */
    private static final int DESCRIPTION_WORDS = 4;
    /** After the writer's sex and a number, the words that make it an age ("man 45 years", "woman 60 yo"). */

    private final Lexicon lexicon;
    private final AgeWords ages;
    private final NumberReader numbers;
    private final ProfileLine profile;

    PersonReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.ages = lexicon.ages();
        this.numbers = new NumberReader(lexicon.numbers(), lexicon.grammar());
        this.profile = new ProfileLine(lexicon, numbers);
    }

    /** "My boy's 12": the child word carries "is" as an "'s" of its own. */
    private static boolean possessiveIs(Token child) {
        String w = child.word();
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    /** Reads age and sex; {@code child} is the child a parent's report is about, if it is one. */
    void read(TextScan scan, Optional<Hit<PersonGroup>> child, Findings findings) {
        List<Token> tokens = scan.tokens();
        if (child.isPresent()) {
            Hit<PersonGroup> c = child.get();
            Optional<String> sex = Optional.ofNullable(c.meaning().sex())
                    .or(() -> People.pronounSex(lexicon, tokens, c.to()));
            sex.ifPresent(s -> findings.first("sex", s, Span.of(tokens, c.from(), c.to())));
            if (c.from() > 0 && tokens.get(c.from() - 1).isNumber()) {
                age(tokens, numbers.at(tokens, c.from() - 1), c.to(), findings);
            }
            Optional<Integer> at = reportedAge(tokens, c);
            if (at.isPresent()) {
                age(tokens, numbers.at(tokens, at.get()).filter(Quantity::bare).filter(q -> !measureAfter(tokens, q)), 0, findings);
            } else if (c.to() < tokens.size() && possessiveIs(tokens.get(c.to() - 1))) {
                age(tokens, numbers.at(tokens, c.to()).filter(Quantity::bare), 0, findings);
            }
        } else {
            selfLeads(scan, findings);
            sexThenAge(scan, findings);
            profile.read(scan, findings);
        }
        agePhrases(scan, child.isPresent(), findings);
    }

    /**
     * Where the reported person's age stands: after one or two links ("mi hijo DE 12", "mi abuelo,
     * TIENE 88"), or straight after a person word that ends in its link ("mamá de" 74).
     */
    private Optional<Integer> reportedAge(List<Token> tokens, Hit<PersonGroup> c) {
        int at = c.to();
        if (!ages.childLinks().contains(tokens.get(at - 1).word())) {
            int links = 0;
            while (at < tokens.size() && links < 2 && ages.childLinks().contains(tokens.get(at).word())) {
                at++;
                links++;
            }
            if (links == 0) {
                return Optional.empty();
            }
        }
        return at < tokens.size() ? Optional.of(at) : Optional.empty();
    }

    /** Whether a word after the number makes it a measure or a time, not an age ("mi bebé de dos meses"). */
    private boolean measureAfter(List<Token> tokens, Quantity q) {
        return q.to() < tokens.size() && ages.notAfter().contains(tokens.get(q.to()).word());
    }

    private void selfLeads(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        for (Hit<Boolean> lead : lexicon.selfLeads().find(tokens)) {
            if (scan.scopes().silenced(lead.from()) != null) {
                continue;
            }
            int i = lead.to();
            if (i < tokens.size() && lexicon.grammar().articles().contains(tokens.get(i).word())) {
                i++;
            }
            Optional<Quantity> q = i < tokens.size() ? numbers.at(tokens, i).filter(Quantity::bare) : Optional.empty();
            if (q.isPresent() && isAge(tokens, q.get())) {
                age(tokens, q.map(a -> beforeBirthday(tokens, a)), 0, findings);
                profile.sexAfter(tokens, q.get().to(), findings);
            } else if (q.isEmpty() && i < tokens.size()) {
                describedAge(scan, i, findings);
            }
            selfSex(scan, lead, findings);
        }
    }

    /**
     * Whether "I'm N" gives an age: a word that may follow an age comes next ("I'm 70 and"), or the
     * number is a plausible age and no measure follows ("im 16 pls help"; not "I'm 26 weeks").
     */
    private boolean isAge(List<Token> tokens, Quantity q) {
        if (q.to() >= tokens.size() || lexicon.ageFollowers().contains(tokens.get(q.to()).stem())) {
            return true;
        }
        Token next = tokens.get(q.to());
        return q.value() >= ProfileLine.MIN_LOOSE_AGE && next.kind() == Token.Kind.WORD && !next.hyphenBefore()
                && !ages.notAfter().contains(next.word());
    }

    /**
     * Reads the age the writer gives after describing themselves in a few words and a link ("of", a
     * comma): "I am a retired farmer of 74", "I'm a retired postman, 72, and...". Why: people who
     * introduce themselves by their trade or state put the age after it, not after "I'm". The number
     * must end its clause as an age does ("of 74 and", "72,"), so "a teacher of 30 children" or "a
     * nurse, 12 hour shifts" are not ages.
     */
    private void describedAge(TextScan scan, int from, Findings findings) {
        List<Token> tokens = scan.tokens();
        int sentence = scan.scopes().sentence(from);
        for (int i = from + 1; i < Math.min(tokens.size() - 1, from + 1 + DESCRIPTION_WORDS); i++) {
            Token t = tokens.get(i);
            if (scan.scopes().sentence(i) != sentence || t.isNumber() || lexicon.determiners().contains(t.stem())) {
                return;
            }
            if (!ages.sexLinks().contains(t.word())) {
                continue;
            }
            Optional<Quantity> q = numbers.at(tokens, i + 1).filter(Quantity::bare)
                    .filter(a -> a.value() >= ProfileLine.MIN_LOOSE_AGE && endsAsAge(tokens, a));
            if (q.isPresent()) {
                age(tokens, q, 0, findings);
                profile.sexAfter(tokens, q.get().to(), findings);
            }
            return;
        }
    }

    /** Whether an age may end where this number ends: the text ends, or a word that follows ages comes. */
    private boolean endsAsAge(List<Token> tokens, Quantity q) {
        return q.to() >= tokens.size() || lexicon.ageFollowers().contains(tokens.get(q.to()).stem())
                && !ages.notAfter().contains(tokens.get(q.to()).word());
    }

    /** "I'm 70 next month": the age today is one less. */
    private Quantity beforeBirthday(List<Token> tokens, Quantity q) {
        boolean coming = q.to() < tokens.size() && !ages.coming().at(tokens, q.to()).isEmpty();
        return coming ? new Quantity(q.value() - 1, q.from(), q.to(), q.bare()) : q;
    }

    /** "Male, 50." or "Female, 34, ..." opening a sentence: a profile line about the writer. */
    private void sexThenAge(TextScan scan, Findings findings) {
        List<Token> tokens = scan.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean opens = i == 0 || tokens.get(i - 1).endsSentence();
            Optional<Hit<String>> sex = opens ? lexicon.selfSex().longestAt(tokens, i) : Optional.empty();
            if (sex.isPresent() && ages.sexLinks().contains(tokens.get(sex.get().to()).word())) {
                Optional<Quantity> q = numbers.at(tokens, sex.get().to() + 1).filter(Quantity::bare);
                if (q.isPresent()) {
                    findings.first("sex", sex.get().meaning(), Span.of(tokens, i, sex.get().to()));
                    age(tokens, q, 0, findings);
                }
            }
        }
    }

    private void selfSex(TextScan scan, Hit<Boolean> lead, Findings findings) {
        List<Token> tokens = scan.tokens();
        int sentence = scan.scopes().sentence(lead.from());
        for (int i = lead.to(); i < Math.min(tokens.size(), lead.to() + SEX_WINDOW); i++) {
            if (scan.scopes().sentence(i) != sentence || lexicon.determiners().contains(tokens.get(i).stem())) {
                return;
            }
            Optional<Hit<String>> sex = lexicon.selfSex().longestAt(tokens, i);
            if (sex.isPresent()) {
                findings.first("sex", sex.get().meaning(), Span.of(tokens, lead.from(), sex.get().to()));
                ageAfterSex(tokens, sex.get().to(), findings);
                return;
            }
        }
    }

    /** "soy hombre de 69 años", "I'm a woman, 45 and...": the age right after the writer's sex. */
    private void ageAfterSex(List<Token> tokens, int afterSex, Findings findings) {
        if (afterSex < tokens.size() && tokens.get(afterSex).isNumber()) {
            Optional<Quantity> straight = numbers.at(tokens, afterSex).filter(Quantity::bare)
                    .filter(a -> a.to() < tokens.size() && ages.years().contains(tokens.get(a.to()).word()));
            age(tokens, straight, 0, findings);
            return;
        }
        if (afterSex + 1 >= tokens.size() || !ages.sexLinks().contains(tokens.get(afterSex).word())) {
            return;
        }
        Optional<Quantity> q = numbers.at(tokens, afterSex + 1).filter(Quantity::bare);
        if (q.isPresent() && (q.get().to() >= tokens.size()
                || lexicon.ageFollowers().contains(tokens.get(q.get().to()).stem()) && plausibleAfterSex(tokens, q.get()))) {
            age(tokens, q, 0, findings);
        }
    }

    /**
     * Whether a number after the writer's sex may be an age: "mujer de 29." is, "soy mamá de tres."
     * or "mamá de dos y..." is a count of children; a small number needs a word after it ("niña de 9 años").
     */
    private boolean plausibleAfterSex(List<Token> tokens, Quantity q) {
        Token next = tokens.get(q.to());
        return q.value() >= ProfileLine.MIN_LOOSE_AGE
                || next.kind() == Token.Kind.WORD && !lexicon.grammar().and().contains(next.word());
    }

    /** "aged 70", "70 years old", "70-year-old": for the writer, or the reported child. */
    private void agePhrases(TextScan scan, boolean proxy, Findings findings) {
        List<Token> tokens = scan.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!statesAge(scan.scopes().silenced(i))) {
                continue;
            }
            if (ages.leads().contains(tokens.get(i).word()) && i + 1 < tokens.size()) {
                int at = i + 1 < tokens.size() - 1 && ages.leadSkips().contains(tokens.get(i + 1).word()) ? i + 2 : i + 1;
                Optional<Quantity> q = numbers.at(tokens, at).filter(Quantity::bare);
                age(tokens, q, i, findings);
                q.ifPresent(a -> profile.sexAfter(tokens, a.to(), findings));
            }
            boolean ofSomeoneElse = i > 0 && lexicon.determiners().contains(tokens.get(i - 1).stem()) && !proxy;
            Optional<Hit<Boolean>> unit = tokens.get(i).isNumber() && !ofSomeoneElse && i + 1 < tokens.size()
                    ? ages.units().longestAt(tokens, i + 1) : Optional.empty();
            if (unit.isPresent()) {
                age(tokens, numbers.at(tokens, i), 0, findings);
                if (!proxy) {
                    profile.sexAfter(tokens, unit.get().to(), findings);
                }
            }
            if (!proxy && tokens.get(i).isNumber()) {
                forumStyle(tokens, i, findings);
            }
        }
    }

    /**
     * Whether an age may be read where a scope silences signs: a question or a doubt about the
     * cramps ("is this normal for a 44 year old guy?") still says how old the writer is; another
     * person's words or a resolved past never do.
     */
    private static boolean statesAge(String silenced) {
        return silenced == null || silenced.equals(Scopes.HYPOTHETICAL) || silenced.equals(Scopes.UNCERTAIN);
    }

    /** "58F", "34m": an age with the sex letter written straight after it, as on forums. */
    private static void forumStyle(List<Token> tokens, int i, Findings findings) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).start() != tokens.get(i).end()) {
            return;
        }
        String sex = ProfileLine.LETTER_SEX.get(tokens.get(i + 1).word());
        if (sex != null) {
            int value = (int) Double.parseDouble(tokens.get(i).word());
            if (value >= 1 && value <= MAX_AGE) {
                findings.first("age", value, Span.of(tokens, i, i + 1));
                findings.first("sex", sex, Span.of(tokens, i, i + 2));
            }
        }
    }

    private static void age(List<Token> tokens, Optional<Quantity> q, int spanFrom, Findings findings) {
        q.filter(a -> a.value() >= 1 && a.value() <= MAX_AGE && a.value() == Math.rint(a.value())).ifPresent(a -> {
            int from = spanFrom > 0 ? Math.min(spanFrom, a.from()) : a.from();
            findings.first("age", (int) a.value(), Span.of(tokens, from, a.to()));
        });
    }
}
