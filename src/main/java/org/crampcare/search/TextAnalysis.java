package org.crampcare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The English text analysis shared by the index and the questions: stemmed terms with stop words
 * removed, stemmed terms with every word kept, and plain lower-case words.
 *
 * <p>Index and questions must be analysed the same way for terms to meet; keeping the three
 * variants in one place guarantees that.
 */
final class TextAnalysis {
    /** Positions between the values of a multi-valued field, so phrases never span two questions. */
    private static final int VALUE_GAP = 100;

    private final CharArraySet stopWords;
    private final Analyzer stemmed;
    private final Analyzer allStemmed;
    private final Analyzer words;

    TextAnalysis(List<String> extraStopWords) {
        CharArraySet stops = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        extraStopWords.forEach(w -> stops.add(normalize(w)));
        this.stopWords = CharArraySet.unmodifiableSet(stops);
        this.stemmed = analyzer(stopWords, true);
        this.allStemmed = analyzer(CharArraySet.EMPTY_SET, true);
        this.words = analyzer(CharArraySet.EMPTY_SET, false);
    }

    /** The analyzer used for every indexed field and for search terms. */
    Analyzer indexAnalyzer() {
        return stemmed;
    }

    /** Whether the lower-case word is ignored by search. */
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

    /** Lower-case words of the text, unstemmed (for spelling correction). */
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

    private static Analyzer analyzer(CharArraySet stops, boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                ts = new StopFilter(ts, stops);
                return new TokenStreamComponents(source, stem ? new PorterStemFilter(ts) : ts);
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }
        };
    }
}
