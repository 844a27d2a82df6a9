package org.crampcare.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.crampcare.knowledge.Language;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The text analysis of one language shared by the index and the questions: stemmed terms with
 * stop words removed, stemmed terms with every word kept, and plain lower-case words.
 *
 * <p>Index and questions must be analysed the same way for terms to meet; keeping the three
 * variants in one place guarantees that. English is stemmed by Porter. Spanish words lose their
 * accents first, because people often type without them ("como", "calambre en el musculo"), and
 * are then stemmed by the Snowball Spanish stemmer, which joins a verb's forms with its nouns
 * ("estirar", "estire", "estiramiento"); Lucene's light Spanish stemmer only joins plurals and
 * genders, and measured worse on questions.
 */
final class TextAnalysis {
    /**
     * Spanish asks "why" with words that are all stop words ("¿por qué?", "¿a qué se debe?", typed
     * "xq" or "pq"), which would leave a question about causes looking like any other; they are
     * read as "causa", which the synonyms join with the other words for a cause.
     */
    private static final Pattern SPANISH_WHY = Pattern.compile(
            "\\b(por\\s+qu[ée]|porqu[ée]|xq|pq|a\\s+qu[ée]\\s+se\\s+deben?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /** "¿Qué es...?", "¿qué significa...?": asking what something is, read as "significado". */
    private static final Pattern SPANISH_WHAT_IS = Pattern.compile(
            "\\bqu[ée]\\s+(es|son|significa|significan|quiere\\s+decir)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Words of Lucene's Spanish stop list that say when or how, kept because cramp advice turns on
     * them ("antes de dormir", "durante el ejercicio", "sin dolor", "contra la pared"); English
     * keeps "before", "during", "without" and "against" too.
     */
    private static final List<String> SPANISH_KEPT = List.of("antes", "durante", "sin", "contra");
    /**
     * Spanish nouns ending in -ción and -sión always carry that accent, and the Snowball stemmer needs
     * it to find the suffix; the folding drops it, so it is put back before stemming (and dropped again
     * after), which joins "deshidratación" with "deshidratado" and "inflamación" with "inflamado".
     */
    private static final Pattern SPANISH_ION = Pattern.compile("([cs])ion$");
    /**
     * Words the Spanish stemmer would join with unrelated ones: a man ("hombre") is no shoulder
     * ("hombro"), and lifting weights ("pesas") is not body weight ("peso").
     */
    private static final Map<String, String> SPANISH_STEMS = Map.of("hombre", "hombre", "hombres", "hombre",
            "hombro", "hombro", "hombros", "hombro", "pesas", "pesas");
    private static final StemmerOverrideFilter.StemmerOverrideMap SPANISH_OVERRIDES = overrides(SPANISH_STEMS);
    /** Positions between the values of a multi-valued field, so phrases never span two questions. */
    private static final int VALUE_GAP = 100;

    private final Language language;
    private final CharArraySet stopWords;
    private final Analyzer stemmed;
    private final Analyzer allStemmed;
    private final Analyzer words;

    /** The English analysis. */
    TextAnalysis(List<String> extraStopWords) {
        this(Language.base(), extraStopWords);
    }

    /** The analysis of {@code language}, ignoring its usual stop words and {@code extraStopWords}. */
    TextAnalysis(Language language, List<String> extraStopWords) {
        this.language = language;
        CharArraySet stops = new CharArraySet(16, true);
        for (Object w : usualStopWords(language)) {
            String word = fold(language, w instanceof char[] c ? new String(c) : w.toString());
            if (language != Language.ES || !SPANISH_KEPT.contains(word)) {
                stops.add(word);
            }
        }
        extraStopWords.forEach(w -> stops.add(fold(language, normalize(w))));
        this.stopWords = CharArraySet.unmodifiableSet(stops);
        this.stemmed = analyzer(stopWords, true);
        this.allStemmed = analyzer(CharArraySet.EMPTY_SET, true);
        this.words = analyzer(CharArraySet.EMPTY_SET, false);
    }

    /** The language analysed. */
    Language language() {
        return language;
    }

    /** The analyzer used for every indexed field and for search terms. */
    Analyzer indexAnalyzer() {
        return stemmed;
    }

    /** Whether the lower-case word (as {@link #words} gives it) is ignored by search. */
    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** Stemmed terms of the text without stop words, as the index holds them. */
    List<String> stems(String text) {
        return terms(stemmed, text);
    }

    /** Stemmed terms of the text with every word kept (for phrase and negation matching). */
    List<String> allStems(String text) {
        return terms(allStemmed, text);
    }

    /** Lower-case words of the text, unstemmed (for spelling correction), without accents in Spanish. */
    List<String> words(String text) {
        return terms(words, text);
    }

    /** Stemmed terms of the text with every word kept, with their character offsets. */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = allStemmed.tokenStream("", normalize(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text in memory", e);
        }
        return out;
    }

    /** A stemmed term and where its word starts and ends in the text. */
    record Token(String stem, int start, int end) {
    }

    /** Curly apostrophes become straight ones so "I’m" and "I'm" read the same. */
    static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", normalize(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text in memory", e);
        }
        return out;
    }

    private static CharArraySet usualStopWords(Language language) {
        return switch (language) {
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case ES -> SpanishAnalyzer.getDefaultStopSet();
        };
    }

    /** The word as the Spanish analysis reads it: lower case, accents and tildes dropped. */
    private static String fold(Language language, String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return language == Language.ES ? Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                : lower;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> stems) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        stems.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the Spanish stem overrides in memory", e);
        }
    }

    private Analyzer analyzer(CharArraySet stops, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = switch (language) {
                    case EN -> new LowerCaseFilter(new EnglishPossessiveFilter(source));
                    case ES -> new ASCIIFoldingFilter(new LowerCaseFilter(source));
                };
                ts = new StopFilter(ts, stops);
                if (stem) {
                    ts = switch (language) {
                        case EN -> new PorterStemFilter(ts);
                        case ES -> new ASCIIFoldingFilter(new SnowballFilter(new StemmerOverrideFilter(
                                new PatternReplaceFilter(ts, SPANISH_ION, "$1ión", false), SPANISH_OVERRIDES),
                                new SpanishStemmer()));
                    };
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return language == Language.ES ? new PatternReplaceCharFilter(SPANISH_WHAT_IS, "significado",
                        new PatternReplaceCharFilter(SPANISH_WHY, "causa", reader)) : reader;
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }
}
