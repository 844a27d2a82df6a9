package org.crampcare.web.kit;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A request body collected chunk by chunk for {@link DirectRoutes}, in one array.
 *
 * <p>The array is sized by the declared Content-Length when there is one, so a body arriving whole
 * is copied once, straight from Jetty's buffer into the array that is handed on.
 */
final class BodyBytes {
    private static final int UNKNOWN_LENGTH_START = 1024;

    private byte[] bytes;
    private int size;

    /** An empty body; {@code declaredLength} is the Content-Length, or negative when unknown. */
    BodyBytes(long declaredLength) {
        boolean known = declaredLength >= 0 && declaredLength <= BodyLimit.MAX_BODY;
        this.bytes = new byte[known ? (int) declaredLength : UNKNOWN_LENGTH_START];
    }

    /** The number of bytes collected so far. */
    int size() {
        return size;
    }

    /** Adds the chunk's remaining bytes (and consumes them). */
    void append(ByteBuffer chunk) {
        int n = chunk.remaining();
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + n));
        }
        chunk.get(bytes, size, n);
        size += n;
    }

    /** The whole body; the collecting array itself when it is exactly full. */
    byte[] toArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
}
