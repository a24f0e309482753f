package de.lotse.command.account;

import de.lotse.api.account.IssueApiToken;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A new API token: a name its holder recognises it by, and how many days it lives (1 to 365). */
record TokenRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Min(1) @Max(365) Integer expiresInDays) {

    IssueApiToken toCommand(String username, UUID tokenId, String tokenHash, Instant now) {
        return new IssueApiToken(username, tokenId, name.strip(), now.plus(Duration.ofDays(expiresInDays)), tokenHash);
    }
}
