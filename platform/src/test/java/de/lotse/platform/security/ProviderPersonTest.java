package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.api.access.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class ProviderPersonTest {

    @Test
    void readsTheRolesAtADottedPathAsKeycloakNestsThem() {
        var claims = Map.<String, Object>of(
                "preferred_username", "kai",
                "name", "Kai Sommer",
                "realm_access", Map.of("roles", List.of("COACH", "offline_access", "TEAM_LEAD")));

        var person = ProviderPerson.of(claims, "realm_access.roles");

        assertThat(person).isEqualTo(new ProviderPerson("kai", "Kai Sommer", Set.of(Role.COACH, Role.TEAM_LEAD)));
    }

    @Test
    void takesTheUserNameAsDisplayNameWhenTheProviderGivesNone() {
        var person = ProviderPerson.of(Map.of("preferred_username", "kai", "roles", "AUDITOR"), "roles");

        assertThat(person.displayName()).isEqualTo("kai");
        assertThat(person.roles()).containsExactly(Role.AUDITOR);
    }

    @Test
    void refusesAPersonWithoutALotseRole() {
        var claims =
                Map.<String, Object>of("preferred_username", "kai", "roles", List.of("coach", "uma_authorization"));

        assertThatThrownBy(() -> ProviderPerson.of(claims, "roles"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessageContaining("no Lotse role");
        assertThatThrownBy(() -> ProviderPerson.of(Map.of("preferred_username", "kai"), "realm_access.roles"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusesUserNamesLotseCannotGiveAnAccount() {
        for (var username : List.of("kai@example.org", "Kai", "system", "")) {
            var claims = Map.<String, Object>of("preferred_username", username, "roles", List.of("COACH"));

            assertThatThrownBy(() -> ProviderPerson.of(claims, "roles"))
                    .as(username)
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessageContaining("no Lotse user name");
        }
    }
}
