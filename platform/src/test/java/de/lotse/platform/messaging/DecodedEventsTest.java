package de.lotse.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.platform.messaging.DecodedEvents.StoredForm;
import de.lotse.platform.privacy.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

class DecodedEventsTest {

    // Only consulted for entries that were decrypted; none here.
    private final PersonalDataCipher cipher = null;

    @Test
    void keepsTheLatestEventsAndLetsTheOldestGo() {
        var decoded = new DecodedEvents(2);

        decoded.remember(stored("first"), "first", null);
        decoded.remember(stored("second"), "second", null);
        decoded.readable(stored("first"), cipher); // read again: still the oldest
        decoded.remember(stored("third"), "third", null);

        assertThat(decoded.readable(stored("first"), cipher)).isNull();
        assertThat(decoded.readable(stored("second"), cipher)).isEqualTo("second");
        assertThat(decoded.readable(stored("third"), cipher)).isEqualTo("third");
    }

    @Test
    void tellsStoredFormsApartByTypeRevisionAndBytes() {
        var decoded = new DecodedEvents(10);
        decoded.remember(stored("StageStarted", "1", "{}"), "rev 1", null);

        assertThat(decoded.readable(stored("StageStarted", "1", "{}"), cipher)).isEqualTo("rev 1");
        assertThat(decoded.readable(stored("StageStarted", "2", "{}"), cipher)).isNull();
        assertThat(decoded.readable(stored("StageCompleted", "1", "{}"), cipher))
                .isNull();
        assertThat(decoded.readable(stored("StageStarted", "1", "{ }"), cipher)).isNull();
    }

    @Test
    void keepsNothingWhenItsSizeIsZero() {
        var decoded = new DecodedEvents(0);

        decoded.remember(stored("first"), "first", null);

        assertThat(decoded.readable(stored("first"), cipher)).isNull();
    }

    private static StoredForm stored(String json) {
        return stored("StageStarted", "1", json);
    }

    private static StoredForm stored(String type, String revision, String json) {
        return new StoredForm(new SimpleSerializedType(type, revision), json.getBytes(StandardCharsets.UTF_8));
    }
}
