package de.lotse.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ExportPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ExportConfiguration.class, Pseudonyms.class);

    @Test
    void refusesToStartWithoutAPseudonymSecret() {
        context.run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("lotse.export.pseudonym-secret= ")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void keysThePseudonymsWithTheConfiguredSecret() {
        context.withPropertyValues("lotse.export.pseudonym-secret=s3cr3t").run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(ExportProperties.class).pseudonymSecret())
                    .isEqualTo("s3cr3t");
            assertThat(started.getBean(Pseudonyms.class).of(java.util.UUID.randomUUID()))
                    .hasSize(64);
        });
    }
}
