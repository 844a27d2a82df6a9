package org.crampcare.web.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.crampcare.triage.AssessmentJson;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.junit.jupiter.api.Test;

/** Rendering of the direct routes' answers: pooled off-heap when it fits, on the heap when it does not. */
class PooledJsonTest {
    private static final Map<String, Object> VALUE = Map.of("items", List.of("a".repeat(300), "b".repeat(300)));

    @Test
    void aValueThatFitsIsRenderedIntoThePooledBuffer() throws Exception {
        RetainableByteBuffer body = PooledJson.render(VALUE, new ArrayByteBufferPool(), 64 * 1024);
        try {
            assertThat(body.getByteBuffer().isDirect()).isTrue();
            assertThat(text(body.getByteBuffer())).isEqualTo(AssessmentJson.write(VALUE));
        } finally {
            body.release();
        }
    }

    @Test
    void aValueTooLargeForThePooledBufferIsRenderedWholeOnTheHeap() throws Exception {
        Map<String, Object> large = Map.of("items", List.of("c".repeat(100_000)));
        RetainableByteBuffer body = PooledJson.render(large, new ArrayByteBufferPool(), 64 * 1024);
        try {
            assertThat(body.getByteBuffer().isDirect()).isFalse();
            assertThat(text(body.getByteBuffer())).isEqualTo(AssessmentJson.write(large));
        } finally {
            body.release();
        }
    }

    private static String text(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
