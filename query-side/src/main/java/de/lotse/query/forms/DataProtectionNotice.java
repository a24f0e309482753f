package de.lotse.query.forms;

import de.lotse.platform.privacy.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The data-protection notice printed with the questionnaire (GDPR Art. 13): who processes which
 * data for what, on which legal basis, who receives them, how long they are kept and the
 * participant's rights. How long is the retention period of CPR Art. 82 and, where one is
 * configured, the date it currently ends ({@code lotse.retention.until}), the same setting that
 * holds back an erasure on the command side.
 */
@Component
class DataProtectionNotice {

    private static final List<String> BEFORE_RETENTION =
            List.of("notice.purpose", "notice.data", "notice.legalBasis", "notice.recipients", "notice.security");
    private static final List<String> AFTER_RETENTION = List.of("notice.rights", "notice.withdrawal");

    private final FormProperties properties;
    private final RetentionPolicy retention;

    DataProtectionNotice(FormProperties properties, RetentionPolicy retention) {
        this.properties = properties;
        this.retention = retention;
    }

    /** The notice's paragraphs in the language of {@code texts}. */
    List<String> paragraphs(FormTexts texts) {
        var paragraphs = new ArrayList<String>();
        paragraphs.add(controller(texts));
        BEFORE_RETENTION.forEach(key -> paragraphs.add(texts.text(key)));
        paragraphs.add(retentionPeriod(texts));
        AFTER_RETENTION.forEach(key -> paragraphs.add(texts.text(key)));
        return paragraphs;
    }

    private String controller(FormTexts texts) {
        var controller = properties.controller();
        return controller == null
                ? texts.text("notice.controller.blank") + "\n" + Question.BLANK_LINE + Question.BLANK_LINE
                : texts.format("notice.controller", controller);
    }

    private String retentionPeriod(FormTexts texts) {
        var until = retention.until();
        return until == null
                ? texts.text("notice.retention")
                : texts.text("notice.retention") + " " + texts.format("notice.retention.until", texts.date(until));
    }
}
