package org.crampcare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The in-memory Lucene index of all passages; read-only and thread-safe once built.
 *
 * <p>Nothing is stored in the index: it is a single segment whose document numbers are the
 * passages' positions in a Java list, so a hit becomes its passage without reading documents.
 * The query cache is off because every question builds a new query.
 */
final class PassageIndex {
    private final List<Passage> passages;
    private final IndexSearcher searcher;
    private final Set<String> fieldTerms;

    private PassageIndex(List<Passage> passages, IndexSearcher searcher, Set<String> fieldTerms) {
        this.passages = passages;
        this.searcher = searcher;
        this.fieldTerms = fieldTerms;
    }

    /** Indexes the passages with the analyzer. */
    static PassageIndex build(List<Passage> passages, TextAnalysis analysis) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analysis.indexAnalyzer()))) {
            for (int i = 0; i < passages.size(); i++) {
                writer.addDocument(document(passages.get(i)));
            }
            writer.forceMerge(1);
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.leaves().size() != 1 || reader.maxDoc() != passages.size()) {
                throw new IllegalStateException("the search index must be one segment with every passage");
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null);
            return new PassageIndex(List.copyOf(passages), searcher, fieldTerms(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory search index", e);
        }
    }

    /**
     * Whether any passage has the term in the field. Checked before a query is built, because
     * leaving out clauses that cannot match is much cheaper than looking them up in the index.
     */
    boolean has(String field, String term) {
        return fieldTerms.contains(field + ':' + term);
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
                Passage p = passages.get(sd.doc);
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

    private static Set<String> fieldTerms(DirectoryReader reader) throws IOException {
        Set<String> out = new HashSet<>();
        LeafReader leaf = reader.leaves().get(0).reader();
        for (Fields f : Fields.values()) {
            Terms terms = leaf.terms(f.field());
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    out.add(f.field() + ':' + t.utf8ToString());
                }
            }
        }
        return Set.copyOf(out);
    }

    private static Document document(Passage p) {
        Document doc = new Document();
        for (Fields f : Fields.values()) {
            f.of(p).forEach(v -> doc.add(new TextField(f.field(), TextAnalysis.normalize(v), Field.Store.NO)));
        }
        return doc;
    }
}
