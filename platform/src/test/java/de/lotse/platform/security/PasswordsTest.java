package de.lotse.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.account.Secret;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(passwords.objectionTo(new Secret("Zwetschgen-Datschi 1987"), "anna"))
                .isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThat(passwords.objectionTo(new Secret("short1!"), "anna"))
                .hasValueSatisfying(objection -> assertThat(objection).contains("12"));
    }

    @Test
    void refusesTheUserNameAsPassword() {
        assertThat(passwords.objectionTo(new Secret("anna.berg.coach"), "anna.berg.coach"))
                .hasValue("must not be the user name");
    }

    @Test
    void refusesOneOfTheMostCommonPasswordsWhateverItsCase() {
        assertThat(passwords.objectionTo(new Secret("1Q2W3E4R5T6Y"), "anna")).isPresent();
    }

    @Test
    void drawsOneTimePasswordsOfTwentyCharactersThatPassThePolicy() {
        var first = passwords.oneTimePassword();
        assertThat(first.value()).hasSize(20);
        assertThat(passwords.oneTimePassword()).isNotEqualTo(first);
        assertThat(passwords.objectionTo(first, "anna")).isEmpty();
    }

    @Test
    void neverPrintsASecret() {
        assertThat(new Secret("correct horse battery")).hasToString("[secret]");
    }
}
