package de.lotse.platform.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the API's requests ({@code lotse.http.*}): a body larger than {@code max-body-size}
 * is refused with 413, and a repeated {@code Idempotency-Key} is answered from the first request
 * for {@code idempotency-key-lifetime}, after which the key may start a new request.
 */
@ConfigurationProperties("lotse.http")
record HttpProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("24h") Duration idempotencyKeyLifetime) {}
