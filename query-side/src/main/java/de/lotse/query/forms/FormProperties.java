package de.lotse.query.forms;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the printed forms say about the organisation behind them. {@code lotse.forms.controller}
 * names the controller of the processing in the sense of GDPR Art. 4(7): the beneficiary that runs
 * the project, with its address. Without it the notice leaves a line for the name or a stamp.
 */
@ConfigurationProperties("lotse.forms")
record FormProperties(@Nullable String controller) {

    FormProperties {
        controller = controller == null || controller.isBlank() ? null : controller.strip();
    }
}
