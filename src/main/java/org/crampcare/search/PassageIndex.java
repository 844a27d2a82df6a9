package org.crampcare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of all passages; read-only and thread-safe once built.
 *
 * <p>Only a passage's position is stored: the passages themselves stay in a Java list, so a hit is
 * turned back into its passage without reading documents from the index.
 */
final class PassageIndex {
    private static final String POSITION = "position";

    private final List<Passage> passages;
    private final IndexSearcher searcher;

    private PassageIndex(List<Passage> passages, IndexSearcher searcher) {
        this.passages = passages;
        this.searcher = searcher;
    }

    /** Indexes the passages with the analyzer. */
    static PassageIndex build(List<Passage> passages, TextAnalysis analysis) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.indexAnalyzer()))) {
            for (int i = 0; i < passages.size(); i++) {
                writer.addDocument(document(i, passages.get(i)));
            }
            writer.commit();
            return new PassageIndex(List.copyOf(passages), new IndexSearcher(DirectoryReader.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory search index", e);
        }
    }

    /** All passages in index order. */
    List<Passage> passages() {
        return passages;
    }

    /** The best {@code n} hits, each score multiplied by its passage's weight, best first. */
    List<Hit> top(Query query, int n) {
        try {
            int wide = Math.max(n * 3, 30);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, wide).scoreDocs) {
                int position = searcher.storedFields().document(sd.doc).getField(POSITION).numericValue().intValue();
                Passage p = passages.get(position);
                hits.add(new Hit(p, sd.score * p.weight()));
            }
            hits.sort(Comparator.comparingDouble(Hit::score).reversed());
            return List.copyOf(hits.subList(0, Math.min(n, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory index", e);
        }
    }

    /** A passage and its weighted score. */
    record Hit(Passage passage, float score) {
    }

    private static Document document(int position, Passage p) {
        Document doc = new Document();
        doc.add(new StoredField(POSITION, position));
        for (Fields f : Fields.values()) {
            f.of(p).forEach(v -> doc.add(new TextField(f.field(), TextAnalysis.normalize(v), Field.Store.NO)));
        }
        return doc;
    }
}
