package de.lotse.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.api.access.Refusal;
import de.lotse.api.access.Role;
import de.lotse.api.account.AccountEvents;
import de.lotse.api.caseload.ParticipantStatus;
import de.lotse.api.forms.FormLanguage;
import de.lotse.api.housing.CheckStatus;
import de.lotse.api.housing.DeclineReason;
import de.lotse.api.housing.DeclinedBy;
import de.lotse.api.housing.Holding;
import de.lotse.api.housing.HousingEvents;
import de.lotse.api.housing.HousingRule;
import de.lotse.api.housing.OccupancyRightKind;
import de.lotse.api.housing.OfferStatus;
import de.lotse.api.housing.TenancyEndReason;
import de.lotse.api.housing.UnitStatus;
import de.lotse.api.participant.Answer;
import de.lotse.api.participant.Gender;
import de.lotse.api.participant.IntakeField;
import de.lotse.api.participant.LabourStatus;
import de.lotse.api.participant.ParticipantEvents;
import de.lotse.api.participant.ParticipantView.ReferralStatus;
import de.lotse.api.participant.ParticipantView.StageStatus;
import de.lotse.api.pathway.Certificate;
import de.lotse.api.pathway.ExitReason;
import de.lotse.api.pathway.FollowUpSituation;
import de.lotse.api.pathway.HousingSituation;
import de.lotse.api.pathway.LabourMarketSituation;
import de.lotse.api.pathway.PathwayRule;
import de.lotse.api.pathway.QualificationKind;
import de.lotse.api.pathway.Stage;
import de.lotse.api.provider.ProviderEvents;
import de.lotse.api.support.MobilityKind;
import de.lotse.api.support.ReferralArea;
import de.lotse.api.support.ReferralOutcome;
import de.lotse.api.worklist.WorklistKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UI speaks only through its bundles: German ({@code messages.properties}) and English have
 * the same keys, every key a template names exists, every value of an enum the pages show has its
 * wording, and no template carries text outside {@code th:text}/{@code #{...}}. Templates write
 * comparisons as {@code gt}/{@code ge}/{@code lt}/{@code le}, so that markup never holds a bare
 * angle bracket inside an attribute.
 */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern TRANSLATED_TAG = Pattern.compile("^<[a-zA-Z][^>]*\\bth:(u?text|errors)\\s*=");
    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|aria-label|alt)\\s*=\\s*\"[^\"]*\\p{L}[^\"]*\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

    private static Properties german;
    private static Properties english;
    private static Map<Path, String> templates;

    @BeforeAll
    static void load() throws IOException {
        german = bundle("messages.properties");
        english = bundle("messages_en.properties");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            var map = new java.util.TreeMap<Path, String>();
            for (var file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                map.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
            templates = map;
        }
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() {
        assertThat(german.stringPropertyNames()).isNotEmpty();
        assertThat(missingIn(english, german))
                .as("keys missing in messages_en.properties")
                .isEmpty();
        assertThat(missingIn(german, english))
                .as("keys missing in messages.properties")
                .isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        var empty = new TreeSet<String>();
        for (var bundle : List.of(german, english)) {
            bundle.stringPropertyNames().stream()
                    .filter(k -> bundle.getProperty(k).isBlank())
                    .forEach(empty::add);
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() {
        var found = new ArrayList<String>();
        templates.forEach((file, html) -> {
            var markup = SCRIPT_OR_STYLE
                    .matcher(COMMENT.matcher(html).replaceAll(""))
                    .replaceAll("<$1></$1>");
            var text = TEXT.matcher(markup);
            while (text.find()) {
                if (!TRANSLATED_TAG.matcher(tagBefore(markup, text.start() + 1)).find()) {
                    found.add(
                            TEMPLATES.relativize(file) + ": \"" + text.group(1).strip() + "\"");
                }
            }
            var attribute = VISIBLE_ATTRIBUTE.matcher(markup);
            while (attribute.find()) {
                found.add(TEMPLATES.relativize(file) + ": " + attribute.group().strip());
            }
        });
        assertThat(found).as("text outside th:text / #{...}").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() {
        var missing = new TreeSet<String>();
        templates.forEach((file, html) -> {
            var key = MESSAGE_KEY.matcher(COMMENT.matcher(html).replaceAll(""));
            while (key.find()) {
                if (!german.containsKey(key.group(1))) {
                    missing.add(TEMPLATES.relativize(file) + ": " + key.group(1));
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueThePagesShowHasItsWording() {
        var expected = new TreeSet<String>();
        expected.addAll(keys("gender", Gender.values()));
        expected.addAll(keys("labourStatus", LabourStatus.values()));
        expected.addAll(keys("answer", Answer.values()));
        expected.addAll(keys("stage", Stage.values()));
        expected.addAll(keys("laneStatus", StageStatus.values()));
        expected.add("laneStatus.NOT_STARTED");
        expected.addAll(keys("certificate", Certificate.values()));
        expected.addAll(keys("labourMarketSituation", LabourMarketSituation.values()));
        expected.addAll(keys("followUpSituation", FollowUpSituation.values()));
        expected.addAll(keys("housingSituation", HousingSituation.values()));
        expected.addAll(keys("exitReason", ExitReason.values()));
        expected.addAll(keys("participantStatus", ParticipantStatus.values()));
        expected.addAll(keys("rule", PathwayRule.values()));
        expected.addAll(keys("refusal", Refusal.Reason.values()));
        expected.addAll(keys("role", Role.values()));
        Arrays.stream(Role.values()).forEach(role -> expected.add("role." + role + ".may"));
        Arrays.stream(IntakeField.values()).forEach(field -> expected.add("field." + field.wireName()));
        Stream.of(ParticipantEvents.TYPES, AccountEvents.TYPES, ProviderEvents.TYPES, HousingEvents.TYPES)
                .flatMap(List::stream)
                .forEach(type -> expected.add("event." + ParticipantEvents.storedName(type)));
        expected.addAll(keys("qualificationKind", QualificationKind.values()));
        expected.addAll(keys("referralArea", ReferralArea.values()));
        expected.addAll(keys("referralOutcome", ReferralOutcome.values()));
        expected.addAll(keys("referralStatus", ReferralStatus.values()));
        expected.addAll(keys("mobilityKind", MobilityKind.values()));

        expected.addAll(keys("housingRule", HousingRule.values()));
        expected.addAll(keys("unitStatus", UnitStatus.values()));
        expected.addAll(keys("holding", Holding.values()));
        expected.addAll(keys("rightKind", OccupancyRightKind.values()));
        expected.addAll(keys("offerStatus", OfferStatus.values()));
        expected.addAll(keys("declinedBy", DeclinedBy.values()));
        expected.addAll(keys("declineReason", DeclineReason.values()));
        expected.addAll(keys("checkStatus", CheckStatus.values()));
        expected.addAll(keys("tenancyEndReason", TenancyEndReason.values()));
        IntStream.rangeClosed(0, 8).forEach(level -> expected.add("isced." + level));
        IntStream.rangeClosed(1, 17).forEach(n -> expected.add("indicator.EECO%02d".formatted(n)));
        IntStream.rangeClosed(1, 6).forEach(n -> expected.add("indicator.EECR%02d".formatted(n)));
        expected.addAll(keys("formLanguage", FormLanguage.values()));
        expected.addAll(keys("worklistKind", WorklistKind.values()));
        expected.addAll(keys("worklistDetail", WorklistKind.values()));
        assertThat(missingIn(german, expected)).isEmpty();
    }

    private static String tagBefore(String markup, int position) {
        var start = markup.lastIndexOf('<', position - 1);
        var tag = TAG.matcher(markup.substring(start));
        return tag.lookingAt() ? tag.group() : "";
    }

    private static Set<String> keys(String prefix, Object[] values) {
        var keys = new TreeSet<String>();
        Arrays.stream(values).forEach(value -> keys.add(prefix + "." + value));
        return keys;
    }

    private static Set<String> missingIn(Properties bundle, Properties reference) {
        return missingIn(bundle, reference.stringPropertyNames());
    }

    private static Set<String> missingIn(Properties bundle, Set<String> expected) {
        var missing = new TreeSet<>(expected);
        missing.removeAll(bundle.stringPropertyNames());
        return missing;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
