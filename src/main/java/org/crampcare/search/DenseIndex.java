package org.crampcare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Passages found by meaning: sentence embeddings of each passage in Lucene vector fields, searched
 * by nearest neighbours. Read-only and thread-safe once built.
 *
 * <p>A passage is embedded several times, once as its title with its text and once per question it
 * answers, and scores by its closest vector: people ask in many ways, and the listed questions are
 * those ways.
 */
final class DenseIndex {
    private static final String VECTOR = "vector";
    private static final String PASSAGE = "passage";

    private final List<Passage> passages;
    private final IndexSearcher searcher;
    private final int vectors;

    private DenseIndex(List<Passage> passages, IndexSearcher searcher, int vectors) {
        this.passages = passages;
        this.searcher = searcher;
        this.vectors = vectors;
    }

    /** Embeds and indexes the passages; this runs the model once per text, so it takes seconds. */
    static DenseIndex build(List<Passage> passages) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        int count = 0;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int i = 0; i < passages.size(); i++) {
                for (String text : texts(passages.get(i))) {
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField(VECTOR, SentenceModel.embed(text), VectorSimilarityFunction.DOT_PRODUCT));
                    doc.add(new NumericDocValuesField(PASSAGE, i));
                    writer.addDocument(doc);
                    count++;
                }
            }
            writer.forceMerge(1);
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setQueryCache(null);
            return new DenseIndex(List.copyOf(passages), searcher, count);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory vector index", e);
        }
    }

    /** The {@code n} passages closest in meaning to the question, closest first, with their cosine similarity. */
    List<Hit> top(String question, int n) {
        if (vectors == 0) {
            return List.of();
        }
        float[] q = SentenceModel.embed(question);
        try {
            ScoreDoc[] docs = searcher.search(new KnnFloatVectorQuery(VECTOR, q, Math.min(vectors, n * 4)), n * 4).scoreDocs;
            Map<Integer, Float> best = new HashMap<>();
            for (ScoreDoc sd : docs) {
                best.merge(passageOf(sd.doc), 2 * sd.score - 1, Math::max);
            }
            List<Hit> hits = new ArrayList<>();
            best.forEach((i, s) -> hits.add(new Hit(passages.get(i), s)));
            hits.sort(Comparator.comparingDouble(Hit::similarity).reversed());
            return List.copyOf(hits.subList(0, Math.min(n, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the in-memory vector index", e);
        }
    }

    /** A passage and the cosine similarity of its closest vector to the question. */
    record Hit(Passage passage, float similarity) {
    }

    private int passageOf(int doc) throws IOException {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (doc < leaf.docBase + leaf.reader().maxDoc()) {
                NumericDocValues values = leaf.reader().getNumericDocValues(PASSAGE);
                values.advanceExact(doc - leaf.docBase);
                return (int) values.longValue();
            }
        }
        throw new IllegalStateException("no passage for vector document " + doc);
    }

    private static List<String> texts(Passage p) {
        List<String> out = new ArrayList<>();
        out.add(p.title() + ". " + p.text());
        out.addAll(p.questions());
        return out;
    }
}
