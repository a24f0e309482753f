package de.lotse.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256, for keyed hashes that reveal nothing without their key: the duplicate register's
 * intake keys, export pseudonyms, verified passwords. Each thread keeps one {@link Mac} and
 * initialises it anew for every message, as {@link AesGcm} keeps its cipher: looking the algorithm
 * up in the JCA providers ({@link Mac#getInstance}) for every message was half of what an intake
 * key cost in a profile of the HTTP load of bench/.
 */
public final class HmacSha256 {

    private static final String ALGORITHM = "HmacSHA256";
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(HmacSha256::newMac);

    private HmacSha256() {}

    /** A key made of a configured secret's UTF-8 bytes. */
    public static SecretKeySpec key(String secret) {
        return key(secret.getBytes(StandardCharsets.UTF_8));
    }

    public static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, ALGORITHM);
    }

    /** The MAC of the parts, one after the other, under {@code key}. */
    public static byte[] of(SecretKeySpec key, byte[]... parts) {
        var mac = MAC.get();
        try {
            mac.init(key);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a key for " + ALGORITHM, e);
        }
        for (var part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
        }
    }
}
