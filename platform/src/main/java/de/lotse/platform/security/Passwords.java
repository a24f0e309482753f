package de.lotse.platform.security;

import de.lotse.api.account.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * How Lotse treats passwords: stored only as a slow salted hash (bcrypt through Spring Security's
 * delegating encoder), one-time passwords drawn at random, and a new password refused when it is
 * short, the user name, or one of the 10,000 most common passwords (the list ships in the build).
 */
@Component
public class Passwords {

    public static final int MINIMUM_LENGTH = 12;

    private static final int ONE_TIME_LENGTH = 20;
    // Letters and digits without the ones people mix up when they type a password off a screen.
    private static final char[] ONE_TIME_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;
    private final Set<String> common;

    /** Spring Security's delegating encoder: bcrypt today, and a stored hash names its own algorithm. */
    public Passwords() {
        this(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    Passwords(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.common = commonPasswords();
    }

    public String hash(Secret password) {
        return Objects.requireNonNull(encoder.encode(password.value()));
    }

    public boolean matches(Secret password, String hash) {
        return encoder.matches(password.value(), hash);
    }

    public Secret oneTimePassword() {
        var password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return new Secret(password.toString());
    }

    /** Why {@code password} may not become the password of {@code username}, if it may not. */
    public Optional<String> objectionTo(Secret password, String username) {
        var value = password.value();
        if (value.length() < MINIMUM_LENGTH) {
            return Optional.of("must have at least " + MINIMUM_LENGTH + " characters");
        }
        if (value.equalsIgnoreCase(username)) {
            return Optional.of("must not be the user name");
        }
        if (common.contains(value.toLowerCase(Locale.ROOT))) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        return Optional.empty();
    }

    private static Set<String> commonPasswords() {
        var list = Passwords.class.getResourceAsStream("/lotse/common-passwords.txt");
        if (list == null) {
            throw new IllegalStateException("The list of common passwords is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
