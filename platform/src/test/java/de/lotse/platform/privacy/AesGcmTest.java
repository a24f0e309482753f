package de.lotse.platform.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The thread's cipher is initialised anew for every message, whatever the one before did. */
class AesGcmTest {

    private static final byte[] PARTICIPANT = "a3f1c2d4-0000-4000-8000-000000000001".getBytes(UTF_8);
    private static final byte[] SOMEBODY_ELSE = "a3f1c2d4-0000-4000-8000-000000000002".getBytes(UTF_8);

    private final SecretKeySpec key = key(1);
    private final SecretKeySpec otherKey = key(2);

    @Test
    void every_message_gets_a_fresh_nonce_and_reads_back() throws GeneralSecurityException {
        var first = AesGcm.encrypt(key, "Maria".getBytes(UTF_8), PARTICIPANT);
        var second = AesGcm.encrypt(key, "Maria".getBytes(UTF_8), PARTICIPANT);

        assertThat(first).isNotEqualTo(second);
        assertThat(AesGcm.decrypt(key, first, PARTICIPANT)).asString(UTF_8).isEqualTo("Maria");
        assertThat(AesGcm.decrypt(key, second, PARTICIPANT)).asString(UTF_8).isEqualTo("Maria");
    }

    @Test
    void a_message_that_fails_leaves_the_cipher_fit_for_the_next() throws GeneralSecurityException {
        var sealed = AesGcm.encrypt(key, "Maria".getBytes(UTF_8), PARTICIPANT);
        var tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, SOMEBODY_ELSE)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> AesGcm.decrypt(otherKey, sealed, PARTICIPANT)).isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> AesGcm.decrypt(key, tampered, PARTICIPANT)).isInstanceOf(AEADBadTagException.class);
        assertThat(AesGcm.decrypt(key, sealed, PARTICIPANT)).asString(UTF_8).isEqualTo("Maria");
        var next = AesGcm.encrypt(otherKey, "Jonas".getBytes(UTF_8), SOMEBODY_ELSE);
        assertThat(AesGcm.decrypt(otherKey, next, SOMEBODY_ELSE))
                .asString(UTF_8)
                .isEqualTo("Jonas");
    }

    @Test
    void threads_seal_and_open_side_by_side() throws Exception {
        var threads = Executors.newFixedThreadPool(4);
        try {
            var work = IntStream.range(0, 4)
                    .<Callable<Boolean>>mapToObj(thread -> () -> {
                        for (var i = 0; i < 500; i++) {
                            var text = "participant " + thread + "/" + i;
                            var sealed = AesGcm.encrypt(key, text.getBytes(UTF_8), PARTICIPANT);
                            if (!new String(AesGcm.decrypt(key, sealed, PARTICIPANT), UTF_8).equals(text)) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
            for (var done : threads.invokeAll(work)) {
                assertThat(done.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static SecretKeySpec key(int fill) {
        var bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }
}
