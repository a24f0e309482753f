package de.lotse.app;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A generated corpus of requests that no API endpoint may accept: malformed JSON, values of the
 * wrong type, empty, huge and strange text, impossible and absurd dates, paging out of range,
 * injection strings, and bodies too large. Each endpoint is described once by a valid request;
 * every case breaks exactly one thing in it, where that thing is invalid on its own, so the
 * expected answer is always a 4xx problem and nothing stored.
 */
final class BadRequests {

    /** How a field of a request body may be broken. */
    enum Kind {
        TEXT,
        REQUIRED_TEXT,
        CONSTRAINED_TEXT,
        DATE,
        BOOLEAN,
        /** A flag that may be absent or null, meaning false (the erasure's {@code overrideRetention}). */
        OPTIONAL_BOOLEAN,
        NUMBER,
        UUID
    }

    record Field(Kind kind, String validJson) {}

    record BadRequest(String name, String method, String path, String contentType, byte[] body) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String HUGE_TEXT = "x".repeat(100_001);
    private static final List<String> STRANGE_TEXT = List.of(
            "\"\"",
            "\"\\u0000\"",
            "\"\\udc00x\"",
            "\"\u202eGNIHCAOC\"",
            "\"\uD83D\uDE00\"",
            "\"' OR '1'='1' --\"",
            "\"" + HUGE_TEXT + "\"",
            "42");
    private static final List<String> BAD_DATES = List.of(
            "\"2026-02-30\"",
            "\"0000-00-00\"",
            "\"15.01.2026\"",
            "\"2026-01-15T10:00:00Z\"",
            "\"+999999999-12-31\"",
            "\"0001-01-01\"",
            "\"\uD83D\uDE00\"",
            "\"' OR 1=1 --\"");
    private static final List<String> WRONG_SHAPES = List.of("{\"$ne\": null}", "[]");
    /** Broken JSON reaches the same parser on every endpoint; the intake gets every kind. */
    private static final List<String> MALFORMED_BODIES = List.of(
            "",
            "{",
            "{'date': '2026-01-20'}",
            "null",
            "[".repeat(100_000),
            "}",
            "{\"date\": }",
            "{\"date\": \"2026-01-20\",}",
            "[]",
            "\"text\"",
            "42",
            "{}",
            "{\"unknown\": 1}",
            "<participant/>",
            "NaN",
            "{\"a\":".repeat(50_000));

    private static final int MALFORMED_EVERYWHERE = 5;

    private final String participant;

    BadRequests(String participant) {
        this.participant = participant;
    }

    Stream<BadRequest> all() {
        var cases = new ArrayList<BadRequest>();
        commands().forEach((path, fields) -> cases.addAll(brokenBodies(path, fields)));
        cases.addAll(brokenPaths());
        cases.addAll(brokenQueries());
        return cases.stream();
    }

    private Map<String, Map<String, Field>> commands() {
        var at = "/api/participants/" + participant;
        var commands = new LinkedHashMap<String, Map<String, Field>>();
        commands.put("/api/participants", intake());
        commands.put(at + "/stages", body("stage", enumField("COACHING"), "startDate", date()));
        commands.put(at + "/stages/COACHING/complete", body("date", date(), "note", text()));
        commands.put(at + "/stages/COACHING/abort", body("date", date(), "reason", requiredText()));
        commands.put(
                at + "/qualifications",
                body("date", date(), "title", requiredText(), "certificate", enumField("RECOGNISED")));
        commands.put(at + "/situations", body("date", date(), "situation", enumField("EMPLOYED"), "detail", text()));
        commands.put(at + "/housing", body("date", date(), "situation", enumField("OWN_TENANCY"), "detail", text()));
        commands.put(at + "/exit", body("exitDate", date(), "reason", enumField("COMPLETED")));
        commands.put(
                at + "/follow-up", body("date", date(), "situation", enumField("EMPLOYED"), "betterSituation", bool()));
        commands.put(
                at + "/corrections",
                body(
                        "field",
                        enumField("labourStatus"),
                        "value",
                        new Field(Kind.TEXT, "\"UNEMPLOYED\""),
                        "reason",
                        requiredText()));
        commands.put(at + "/coach", body("coach", requiredText()));
        commands.put(
                at + "/erasure",
                body("reason", requiredText(), "overrideRetention", new Field(Kind.OPTIONAL_BOOLEAN, "true")));
        housingCommands(commands);
        return commands;
    }

    /**
     * The housing commands, on ids nothing has: a value that happens to be valid (a number, a UUID)
     * meets an unknown property, unit, vacancy, offer, tenancy or renovation and stores nothing either.
     */
    private static void housingCommands(Map<String, Map<String, Field>> commands) {
        var none = "/3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f";
        var number = new Field(Kind.NUMBER, "2");
        var uuid = new Field(Kind.UUID, "\"3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e9f\"");
        commands.put(
                "/api/housing/properties",
                body(
                        "street",
                        requiredText(),
                        "houseNumber",
                        requiredText(),
                        "postcode",
                        requiredText(),
                        "city",
                        requiredText(),
                        "district",
                        requiredText(),
                        "holding",
                        enumField("PURCHASED"),
                        "owner",
                        requiredText(),
                        "since",
                        date()));
        commands.put(
                "/api/housing/properties" + none + "/units",
                body(
                        "label",
                        requiredText(),
                        "rooms",
                        number,
                        "areaSqm",
                        number,
                        "rentCold",
                        number,
                        "accessible",
                        bool()));
        commands.put(
                "/api/housing/units" + none + "/occupancy-rights",
                body(
                        "grantor",
                        requiredText(),
                        "kind",
                        enumField("NOMINATION"),
                        "validFrom",
                        date(),
                        "validUntil",
                        date()));
        commands.put("/api/housing/units" + none + "/vacancies", body("availableFrom", date()));
        commands.put(
                "/api/housing/vacancies" + none + "/offers",
                body("participantId", uuid, "offeredOn", date(), "respondBy", date()));
        commands.put(
                "/api/housing/offers" + none + "/decline",
                body("date", date(), "by", enumField("OWNER"), "reason", enumField("LOCATION")));
        commands.put(
                "/api/housing/tenancies" + none + "/checks",
                body("date", date(), "status", enumField("STABLE"), "note", text()));
        commands.put(
                "/api/housing/renovations" + none + "/workers",
                body("participantId", uuid, "from", date(), "hoursPerWeek", number));
    }

    private static Map<String, Field> intake() {
        var intake = new LinkedHashMap<String, Field>();
        intake.put("id", new Field(Kind.UUID, "\"" + java.util.UUID.randomUUID() + "\""));
        intake.put("firstName", requiredText());
        intake.put("lastName", requiredText());
        intake.put("dateOfBirth", new Field(Kind.DATE, "\"1990-05-17\""));
        intake.put("postcode", new Field(Kind.CONSTRAINED_TEXT, "\"44147\""));
        intake.put("gender", enumField("FEMALE"));
        intake.put("entryDate", date());
        intake.put("labourStatus", enumField("UNEMPLOYED"));
        intake.put("isced", new Field(Kind.NUMBER, "3"));
        intake.put("nationality", new Field(Kind.CONSTRAINED_TEXT, "\"RO\""));
        for (var answer : List.of("foreignBackground", "disability", "minority", "homeless")) {
            intake.put(answer, enumField("NO"));
        }
        intake.put("rural", bool());
        intake.put("consentGiven", bool());
        intake.put("coach", requiredText());
        return intake;
    }

    private List<BadRequest> brokenBodies(String path, Map<String, Field> fields) {
        var cases = new ArrayList<BadRequest>();
        var malformed =
                path.equals("/api/participants") ? MALFORMED_BODIES : MALFORMED_BODIES.subList(0, MALFORMED_EVERYWHERE);
        for (var body : malformed) {
            cases.add(post("malformed body " + abbreviated(body), path, body));
        }
        fields.forEach((name, field) -> {
            for (var value : brokenValues(field)) {
                var broken = new LinkedHashMap<>(fields);
                broken.put(name, new Field(field.kind(), value));
                cases.add(post(name + " = " + abbreviated(value), path, json(broken)));
            }
        });
        var valid = json(fields);
        cases.add(new BadRequest(path + ": text/plain", "POST", path, "text/plain", bytes(valid)));
        cases.add(new BadRequest(path + ": XML", "POST", path, "application/xml", bytes(valid)));
        cases.add(new BadRequest(path + ": bytes that are not UTF-8", "POST", path, "application/json", new byte[] {
            '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}'
        }));
        cases.add(post(
                "oversized body", path, valid.replaceFirst("\\{", "{\"padding\": \"" + "p".repeat(1 << 20) + "\",")));
        return cases.stream()
                .map(c -> new BadRequest(path + ": " + c.name(), c.method(), c.path(), c.contentType(), c.body()))
                .toList();
    }

    private static List<String> brokenValues(Field field) {
        var values = new ArrayList<>(WRONG_SHAPES);
        switch (field.kind()) {
            case TEXT -> values.addAll(List.of("\"\\u0000\"", "\"\\ud800\"", "\"" + HUGE_TEXT + "\""));
            case REQUIRED_TEXT ->
                values.addAll(
                        List.of("null", "\"\"", "\"   \"", "\"\\u0000\"", "\"\\ud800\"", "\"" + HUGE_TEXT + "\""));
            case CONSTRAINED_TEXT -> {
                values.add("null");
                values.addAll(STRANGE_TEXT);
            }
            case DATE -> {
                values.add("null");
                values.addAll(BAD_DATES);
            }
            case BOOLEAN -> values.addAll(List.of("null", "\"maybe\"", "\"\uD83D\uDE00\"", "\"\""));
            case OPTIONAL_BOOLEAN -> values.addAll(List.of("\"maybe\"", "\"\uD83D\uDE00\"", "\"\""));
            case NUMBER -> values.addAll(List.of("-1", "9", "2147483648", "1e400", "\"two\"", "\"\uD83D\uDE00\""));
            case UUID -> values.addAll(List.of("\"not-a-uuid\"", "\"\uD83D\uDE00\"", "\"' OR 1=1 --\"", "123"));
        }
        return values;
    }

    private List<BadRequest> brokenPaths() {
        var situation = "{\"date\": \"2026-05-02\", \"situation\": \"EMPLOYED\"}";
        var cases = new ArrayList<BadRequest>();
        for (var id : List.of(
                "not-a-uuid", "\uD83D\uDE00", "1 OR 1=1", "00000000-0000-0000-0000-000000000000", "x".repeat(2000))) {
            cases.add(post(
                    "participant id " + abbreviated(id),
                    "/api/participants/" + encoded(id) + "/situations",
                    situation));
            cases.add(get("participant id " + abbreviated(id), "/api/participants/" + encoded(id)));
            cases.add(get("history of id " + abbreviated(id), "/api/participants/" + encoded(id) + "/history"));
        }
        for (var stage : List.of("coaching", "NOPE", "\uD83D\uDE00", "' OR 1=1 --")) {
            cases.add(post(
                    "stage " + abbreviated(stage),
                    "/api/participants/" + participant + "/stages/" + encoded(stage) + "/complete",
                    "{\"date\": \"2026-03-01\"}"));
        }
        for (var projection : List.of("nope", "\uD83D\uDE00", "' OR 1=1 --", "x".repeat(2000))) {
            cases.add(post(
                    "replay of " + abbreviated(projection),
                    "/api/admin/projections/" + encoded(projection) + "/replay",
                    ""));
        }
        return cases;
    }

    private static List<BadRequest> brokenQueries() {
        var cases = new ArrayList<BadRequest>();
        var paging = List.of(
                "page=-1",
                "page=abc",
                "page=99999999999",
                "size=0",
                "size=-5",
                "size=1000000",
                "size=1e3",
                "size=\uD83D\uDE00");
        for (var query : paging) {
            cases.add(get("caseload " + query, "/api/caseload?" + encodedQuery(query)));
            cases.add(get("audit events " + query, "/api/audit/events?" + encodedQuery(query)));
        }
        for (var query : List.of(
                "status=FOO",
                "status=\uD83D\uDE00",
                "stage=coaching",
                "stage=' OR 1=1 --",
                "followUpDue=maybe",
                "q=\u0000")) {
            cases.add(get("caseload " + query, "/api/caseload?" + encodedQuery(query)));
        }
        var dates = List.of("from=2026-02-30", "from=abc", "to=\uD83D\uDE00", "from=99999-01-01", "to=' OR 1=1 --");
        var instants =
                List.of("asOf=yesterday", "asOf=+1000000000-12-31T23:59:59Z", "asOf=-1000000000-01-01T00:00:00Z");
        for (var report : List.of("/api/reports/esf", "/api/reports/esf.csv")) {
            Stream.concat(dates.stream(), instants.stream())
                    .forEach(query -> cases.add(get(report + " " + query, report + "?" + encodedQuery(query))));
        }
        for (var trail : List.of("/api/audit/events", "/api/audit/events.csv", "/api/audit/events.jsonl")) {
            Stream.concat(
                            dates.stream(),
                            Stream.of(
                                    "from=2026-01-01T25:00:00Z",
                                    "from=+999999999-12-31",
                                    "to=-999999999-01-01",
                                    "to=+1000000000-12-31T23:59:59Z"))
                    .forEach(query -> cases.add(get(trail + " " + query, trail + "?" + encodedQuery(query))));
        }
        return cases;
    }

    private static Map<String, Field> body(Object... namesAndFields) {
        var fields = new LinkedHashMap<String, Field>();
        for (var i = 0; i < namesAndFields.length; i += 2) {
            fields.put((String) namesAndFields[i], (Field) namesAndFields[i + 1]);
        }
        return fields;
    }

    private static Field date() {
        return new Field(Kind.DATE, "\"2026-02-01\"");
    }

    private static Field text() {
        return new Field(Kind.TEXT, "\"noted\"");
    }

    private static Field requiredText() {
        return new Field(Kind.REQUIRED_TEXT, "\"Aylin\"");
    }

    private static Field enumField(String value) {
        return new Field(Kind.CONSTRAINED_TEXT, "\"" + value + "\"");
    }

    private static Field bool() {
        return new Field(Kind.BOOLEAN, "true");
    }

    private static String json(Map<String, Field> fields) {
        return fields.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\": " + field.getValue().validJson())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static BadRequest post(String name, String path, String body) {
        return new BadRequest(name, "POST", path, "application/json", bytes(body));
    }

    private static BadRequest get(String name, String path) {
        return new BadRequest(name, "GET", path, "application/json", new byte[0]);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encoded(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodedQuery(String query) {
        var split = query.indexOf('=');
        return query.substring(0, split + 1) + encoded(query.substring(split + 1));
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
    }
}
