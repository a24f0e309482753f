package de.lotse.command.provider;

import de.lotse.api.provider.ListProvider;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.support.ReferralArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A provider for the directory: its name, the areas it serves and the languages it can be spoken
 * to in (at least one of each), as ISO 639-1 codes ({@code de}, {@code ro}, {@code bg}), and its
 * address.
 */
record ProviderRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty Set<@NotNull ReferralArea> areas,
        @NotBlank @Size(max = 500) String address,

        @NotEmpty @Size(max = 30) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as de") String>
                languages) {

    ListProvider toCommand(ProviderId providerId) {
        return new ListProvider(
                providerId,
                name.strip(),
                areas,
                address.strip(),
                languages.stream().distinct().toList());
    }
}
