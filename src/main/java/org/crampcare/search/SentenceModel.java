package org.crampcare.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized), run in-process by ONNX Runtime from the
 * model shipped in its Maven artifact; nothing is downloaded.
 *
 * <p>The model takes about a second to load, so it is loaded once per process, on first use, and
 * shared: inference is thread-safe and the model never changes.
 */
final class SentenceModel {
    private SentenceModel() {
    }

    /** The unit-length embedding of the text (384 numbers). */
    static float[] embed(String text) {
        float[] v = Holder.MODEL.embed(text).content().vector();
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    /** Loads the model the first time the class is touched (the JVM makes this thread-safe). */
    private static final class Holder {
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
