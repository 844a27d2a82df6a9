package org.crampcare.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Passages found by meaning: sentence embeddings of each passage, searched for the closest to the
 * question. Read-only and thread-safe once built.
 *
 * <p>A passage is embedded several times, once as its title with its text and once per question it
 * answers, and scores by its closest vector: people ask in many ways, and the listed questions are
 * those ways.
 *
 * <p>The vectors are compared with the question one by one rather than through a nearest-neighbour
 * graph (Lucene's HNSW vector fields, used before): the knowledge has about a thousand of them, so a
 * full pass is a few hundred thousand multiplications, measured cheaper than walking the graph for
 * the hundred-odd neighbours needed, and it finds the exact closest passages instead of an
 * approximation. Its cost grows linearly with the knowledge, never with the question.
 */
final class DenseIndex {
    private final List<Passage> passages;
    /** Unit-length embeddings, one per text of a passage. */
    private final float[][] vectors;
    /** For each vector, the position of its passage in {@link #passages}. */
    private final int[] passageOf;

    private DenseIndex(List<Passage> passages, float[][] vectors, int[] passageOf) {
        this.passages = passages;
        this.vectors = vectors;
        this.passageOf = passageOf;
    }

    /** Embeds the passages; this runs the model once per text, so it takes seconds. */
    static DenseIndex build(List<Passage> passages) {
        List<float[]> vectors = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            for (String text : texts(passages.get(i))) {
                vectors.add(SentenceModel.embed(text));
                owners.add(i);
            }
        }
        return new DenseIndex(List.copyOf(passages), vectors.toArray(new float[0][]),
                owners.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The {@code n} passages closest in meaning to the question, closest first, with their cosine similarity. */
    List<Hit> top(String question, int n) {
        if (vectors.length == 0) {
            return List.of();
        }
        float[] q = SentenceModel.embed(question);
        float[] best = new float[passages.size()];
        Arrays.fill(best, Float.NEGATIVE_INFINITY);
        for (int v = 0; v < vectors.length; v++) {
            float s = dot(q, vectors[v]);
            if (s > best[passageOf[v]]) {
                best[passageOf[v]] = s;
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            if (best[i] > Float.NEGATIVE_INFINITY) {
                hits.add(new Hit(passages.get(i), best[i]));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::similarity).reversed());
        return List.copyOf(hits.subList(0, Math.min(n, hits.size())));
    }

    /** A passage and the cosine similarity of its closest vector to the question. */
    record Hit(Passage passage, float similarity) {
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static List<String> texts(Passage p) {
        List<String> out = new ArrayList<>();
        out.add(p.title() + ". " + p.text());
        out.addAll(p.questions());
        return out;
    }
}
