package org.crampcare.web.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Collecting a request body from chunks, with and without a declared length. */
class BodyBytesTest {
    @Test
    void aDeclaredLengthArrivingInPiecesIsCollectedInOrder() {
        BodyBytes body = new BodyBytes(11);
        body.append(ByteBuffer.wrap("hello ".getBytes(StandardCharsets.UTF_8)));
        body.append(ByteBuffer.wrap("world".getBytes(StandardCharsets.UTF_8)));
        assertThat(body.size()).isEqualTo(11);
        assertThat(new String(body.toArray(), StandardCharsets.UTF_8)).isEqualTo("hello world");
    }

    @Test
    void anUnknownLengthGrowsAndIsCutToWhatArrived() {
        BodyBytes body = new BodyBytes(-1);
        byte[] chunk = "x".repeat(700).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            body.append(ByteBuffer.wrap(chunk));
        }
        assertThat(body.toArray()).hasSize(3500).containsOnly((byte) 'x');
    }

    @Test
    void aChunkIsConsumed() {
        ByteBuffer chunk = ByteBuffer.allocateDirect(4).put(new byte[] {1, 2, 3, 4}).flip();
        BodyBytes body = new BodyBytes(4);
        body.append(chunk);
        assertThat(chunk.hasRemaining()).isFalse();
        assertThat(body.toArray()).containsExactly(1, 2, 3, 4);
    }
}
