package org.crampcare.web.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.crampcare.triage.AssessmentJson;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.RetainableByteBuffer;

/** Renders API answers as JSON into Jetty's pooled buffers for {@link DirectRoutes}. */
final class PooledJson {
    private PooledJson() {
    }

    /**
     * The JSON in one of Jetty's pooled off-heap buffers, which the socket reads without another
     * copy; a value too large for one (over 64 KiB; a full assessment is 30 to 50 KB) is written
     * again on the heap.
     */
    static RetainableByteBuffer render(Object value, ByteBufferPool pool, int pooledSize) throws IOException {
        RetainableByteBuffer.Mutable pooled = pool.acquire(pooledSize, true);
        PooledOutput out = new PooledOutput(pooled);
        try {
            AssessmentJson.write(value, out);
            return pooled;
        } catch (IOException | RuntimeException e) {
            pooled.release();
            if (!out.overflowed()) {
                throw e;
            }
        }
        ByteArrayOutputStream heap = new ByteArrayOutputStream(2 * pooledSize);
        AssessmentJson.write(value, heap);
        return RetainableByteBuffer.wrap(ByteBuffer.wrap(heap.toByteArray()));
    }

    /** Writes into a pooled buffer, failing (and saying so) when the buffer is full. */
    private static final class PooledOutput extends OutputStream {
        private final RetainableByteBuffer.Mutable buffer;
        private boolean overflowed;

        PooledOutput(RetainableByteBuffer.Mutable buffer) {
            this.buffer = buffer;
        }

        /** Whether a write failed for lack of room (the JSON library may wrap that failure). */
        boolean overflowed() {
            return overflowed;
        }

        @Override
        public void write(int b) throws IOException {
            room(1);
            buffer.put((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            room(len);
            buffer.put(b, off, len);
        }

        private void room(int len) throws IOException {
            if (buffer.space() < len) {
                overflowed = true;
                throw new IOException("response larger than the pooled buffer");
            }
        }
    }
}
