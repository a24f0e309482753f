package de.lotse.web.housing;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.web.housing.UnitTimeline.Kind;
import de.lotse.web.housing.UnitTimeline.Moment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UnitTimelineTest {

    @Test
    void putsTheUnitsMomentsInTheOrderOfTheirDays() {
        var timeline = UnitTimeline.of(Units.letToElena());
        assertThat(timeline)
                .extracting(Moment::kind)
                .containsExactly(
                        Kind.RIGHT_GRANTED,
                        Kind.VACANCY_OPENED,
                        Kind.OFFER_MADE,
                        Kind.TENANCY_STARTED,
                        Kind.MOVED_IN,
                        Kind.CHECKED);
        assertThat(timeline.get(5))
                .isEqualTo(new Moment(
                        LocalDate.of(2026, 10, 1), Kind.CHECKED, "Elena Popescu", "checkStatus.STABLE", null));
    }

    @Test
    void namesAParticipantTheCallerMayNotReadByTheirIdAlone() {
        assertThat(UnitTimeline.nameOf(null, "8f6a4c1e")).isEqualTo("8f6a4c1e");
        assertThat(UnitTimeline.nameOf("Elena Popescu", "8f6a4c1e")).isEqualTo("Elena Popescu");
    }

    @Test
    void everyKindOfMomentReadsInGermanAndEnglish() throws IOException {
        for (var bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            var messages = new Properties();
            try (var reader = Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            assertThat(Arrays.stream(Kind.values()).map(kind -> "moment." + kind))
                    .as(bundle)
                    .allMatch(messages::containsKey);
        }
    }
}
