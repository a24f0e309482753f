package de.lotse.web.provider;

import de.lotse.api.provider.ListProvider;
import de.lotse.api.provider.ProviderId;
import de.lotse.api.support.ReferralArea;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A provider for the directory, with the limits the API sets: a name, the areas it serves, its
 * address, and the languages it can be spoken to in, typed as ISO 639-1 codes separated by commas
 * or spaces ({@code de, ro, bg}), at most thirty.
 */
record ProviderForm(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotEmpty @Nullable Set<ReferralArea> areas,
        @NotBlank @Size(max = 500) @Nullable String address,

        @NotBlank @Pattern(regexp = "\\s*[a-zA-Z]{2}([\\s,]+[a-zA-Z]{2}){0,29}[\\s,]*") @Nullable String languages) {

    /** German is what every provider here is spoken to in; the others are added as they are offered. */
    static ProviderForm blank() {
        return new ProviderForm(null, Set.of(), null, "de");
    }

    ListProvider toCommand(ProviderId id) {
        return new ListProvider(
                id,
                Objects.requireNonNull(name).strip(),
                Objects.requireNonNull(areas),
                Objects.requireNonNull(address).strip(),
                Arrays.stream(Objects.requireNonNull(languages).strip().split("[\\s,]+"))
                        .map(code -> code.toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList());
    }
}
