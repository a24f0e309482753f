package de.lotse.web.account;

import de.lotse.api.account.IssueApiToken;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new API token: a name its holder recognises it by, and how many days it lives (1 to 365). */
record TokenForm(
        @NotBlank @Size(max = 100) @Nullable String name,
        @NotNull @Min(1) @Max(365) @Nullable Integer expiresInDays) {

    /** A suggestion: a quarter of a year, long enough for a monthly export to run a few times. */
    static TokenForm blank() {
        return new TokenForm(null, 90);
    }

    IssueApiToken toCommand(String username, String tokenHash, Instant now) {
        return new IssueApiToken(
                username,
                UUID.randomUUID(),
                Objects.requireNonNull(name).strip(),
                now.plus(Duration.ofDays(Objects.requireNonNull(expiresInDays))),
                tokenHash);
    }
}
