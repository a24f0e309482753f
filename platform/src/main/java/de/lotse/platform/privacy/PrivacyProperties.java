package de.lotse.platform.privacy;

import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key that wraps every participant's data key: 32 random bytes, Base64-encoded, from
 * {@code LOTSE_MASTER_KEY}. The all-in-one launcher generates one into its data directory.
 */
@ConfigurationProperties("lotse")
public record PrivacyProperties(String masterKey) {

    public PrivacyProperties {
        if (masterKey == null || masterKey.isBlank()) {
            throw new IllegalArgumentException(
                    "lotse.master-key (LOTSE_MASTER_KEY) must be set: 32 random bytes, Base64");
        }
        var bytes = decode(masterKey);
        if (bytes.length != 32) {
            throw new IllegalArgumentException(
                    "lotse.master-key must be 32 bytes, Base64-encoded; it has " + bytes.length);
        }
    }

    SecretKey key() {
        return new SecretKeySpec(decode(masterKey), "AES");
    }

    @Override
    public String toString() {
        return "PrivacyProperties[masterKey hidden]";
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lotse.master-key is not valid Base64", e);
        }
    }
}
