package de.lotse.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The thread's one Mac gives every message the MAC a fresh one would, whatever key came before. */
class HmacSha256Test {

    /** RFC 4231, test case 2. */
    private static final String JEFE = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void givesTheMacOfTheStandardsTestVector() {
        assertThat(hex(HmacSha256.of(HmacSha256.key("Jefe"), bytes("what do ya want for nothing?"))))
                .isEqualTo(JEFE);
    }

    @Test
    void partsAreMacedOneAfterTheOther() {
        assertThat(hex(HmacSha256.of(HmacSha256.key("Jefe"), bytes("what do ya "), bytes("want for nothing?"))))
                .isEqualTo(JEFE);
    }

    @Test
    void aMessageUnderAnotherKeyInBetweenChangesNothing() {
        HmacSha256.of(HmacSha256.key("another key"), bytes("a message"));

        assertThat(hex(HmacSha256.of(HmacSha256.key("Jefe"), bytes("what do ya want for nothing?"))))
                .isEqualTo(JEFE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] mac) {
        return HexFormat.of().formatHex(mac);
    }
}
