package de.lotse.platform.problem;

import de.lotse.api.access.Refusal;
import de.lotse.api.housing.HousingViolation;
import de.lotse.api.pathway.RuleViolation;
import de.lotse.platform.persistence.DatabaseOutage;
import java.net.URI;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;

/**
 * The problem format both sides answer with (RFC 9457): bad input is a 400 with an {@code errors}
 * list of {@code {field, message}}, a broken pathway rule a 409 whose type names the rule, a
 * refusal a 403 or 404, a value out of range a 400, a database out of reach a 503. Each side's advice extends this and adds
 * what only it can throw.
 */
public abstract class LotseProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LotseProblems.class);
    private static final String INVALID_REQUEST = "urn:lotse:problem:invalid-request";
    private static final String UNAVAILABLE = "urn:lotse:problem:unavailable";
    /** Deeper than any wrapping seen in practice, and a guard against a cause chain with a cycle. */
    private static final int DEEPEST_CAUSE = 16;
    /** How long a client should wait before it repeats a request refused for an outage. */
    public static final String RETRY_AFTER_SECONDS = "5";

    public record FieldProblem(String field, String message) {}

    private static final Map<String, Refusal.Reason> HOUSING_COLLECTIONS = Map.of(
            "properties", Refusal.Reason.UNKNOWN_PROPERTY,
            "units", Refusal.Reason.UNKNOWN_UNIT,
            "renovations", Refusal.Reason.UNKNOWN_RENOVATION,
            "vacancies", Refusal.Reason.UNKNOWN_VACANCY,
            "offers", Refusal.Reason.UNKNOWN_OFFER,
            "tenancies", Refusal.Reason.UNKNOWN_TENANCY);

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = new ArrayList<FieldProblem>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(fieldProblem(e)));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), message(e))));
        return invalid("The request has invalid fields.", errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error ->
                                new FieldProblem(result.getMethodParameter().getParameterName(), message(error))))
                .toList();
        return invalid("The request has invalid parameters.", errors);
    }

    /**
     * The Jackson exception that knows the field may sit anywhere in the cause chain: a date like
     * {@code 2026-02-30} fails in the date parser, wrapped by the exception that has the path.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                return invalid(
                        "The request body could not be read.",
                        List.of(new FieldProblem(
                                fieldOf(jackson), "has an invalid value: " + jackson.getOriginalMessage())));
            }
        }
        return invalid("The request body is not valid JSON of the expected shape.", List.of());
    }

    private static String fieldOf(JacksonException jackson) {
        return jackson.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch
                && UUID.class.equals(ex.getRequiredType())
                && mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return refused(
                    unknownPathId(request.getDescription(false), mismatch.getName(), String.valueOf(ex.getValue())));
        }
        var field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return invalid(
                "The request has an invalid parameter.",
                List.of(new FieldProblem(field, "'" + ex.getValue() + "' is not a valid value")));
    }

    /**
     * A path id that is no UUID names nothing: an unknown referral, the housing record its route
     * names, or an unknown participant.
     */
    private static Refusal unknownPathId(String path, String parameter, String id) {
        if ("referralId".equals(parameter)) {
            return Refusal.unknownReferral(id);
        }
        return HOUSING_COLLECTIONS.entrySet().stream()
                .filter(collection -> path.contains("/api/housing/" + collection.getKey() + "/"))
                .findFirst()
                .map(collection -> Refusal.unknown(collection.getValue(), id))
                .orElseGet(() -> Refusal.unknownParticipant(id));
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(InvalidParameter.class)
    ResponseEntity<Object> invalidParameter(InvalidParameter invalid) {
        return invalid(
                "The request has an invalid parameter.",
                List.of(new FieldProblem(invalid.parameter(), invalid.getMessage())));
    }

    /**
     * Every failure no other handler takes. Some say something about the request however they are
     * wrapped (a local command or query passes Spring's exceptions through, the event store wraps
     * them in Axon's): a database out of reach, a value out of range ({@link #known}). Any other
     * is a fault of Lotse's, not of the request: logged with an incident id and answered as a
     * problem naming that id, so a client gets the API's format and support finds the stack trace;
     * the answer tells nothing more of the fault.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(Exception.class)
    public @Nullable ResponseEntity<Object> unexpected(Exception failure, WebRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            // Nobody is left to answer, and a client that hung up is no incident.
            log.debug("Client went away: {}", request.getDescription(false));
            return null;
        }
        return known(failure).orElseGet(() -> internalError(failure, request));
    }

    protected static ResponseEntity<Object> internalError(Throwable failure, WebRequest request) {
        var incident = UUID.randomUUID();
        log.error("Incident {}: {} failed", incident, request.getDescription(false), failure);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "urn:lotse:problem:internal-error",
                "Internal error",
                "The request could not be handled. Incident " + incident + " is logged.",
                Map.of("incident", incident.toString()));
    }

    /**
     * PostgreSQL out of reach is a 503 that says when to try again, since the same request succeeds
     * once the database is back. A value valid on its own terms but beyond what Java's time
     * arithmetic or a PostgreSQL column can hold (a report as of the year 1000000000) is bad input,
     * a 400. Anything else is not known here.
     */
    protected static Optional<ResponseEntity<Object>> known(Throwable failure) {
        if (DatabaseOutage.explains(failure)) {
            return Optional.of(unavailable());
        }
        if (Stream.iterate(failure, Objects::nonNull, Throwable::getCause)
                .limit(DEEPEST_CAUSE)
                .anyMatch(LotseProblems::isValueOutOfRange)) {
            return Optional.of(
                    invalid("A value of the request lies outside the range that can be handled.", List.of()));
        }
        return Optional.empty();
    }

    /** SQL state class 22 is PostgreSQL's "data exception": a value out of range or of the wrong form. */
    private static boolean isValueOutOfRange(Throwable failure) {
        return failure instanceof DateTimeException
                || failure instanceof SQLException sql
                        && sql.getSQLState() != null
                        && sql.getSQLState().startsWith("22");
    }

    /** Async query answers arrive wrapped; the cause is what the handler refused with. */
    @org.springframework.web.bind.annotation.ExceptionHandler({CompletionException.class, ExecutionException.class})
    ResponseEntity<Object> unwrap(Exception wrapper, WebRequest request) {
        var known = known(wrapper);
        if (known.isPresent()) {
            return known.get();
        }
        var cause = wrapper.getCause();
        if (cause instanceof Exception exception) {
            return handleUnwrapped(exception, request);
        }
        return internalError(wrapper, request);
    }

    /**
     * Maps what an async answer failed with, once {@link #known} has found nothing in its whole
     * cause chain; each side adds the exceptions it knows, and answers any other as an
     * {@link #internalError}.
     */
    protected abstract ResponseEntity<Object> handleUnwrapped(Exception cause, WebRequest request);

    protected static ResponseEntity<Object> invalid(String detail, List<FieldProblem> errors) {
        return problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", detail, Map.of("errors", errors));
    }

    protected static ResponseEntity<Object> refused(Refusal refusal) {
        return switch (refusal.reason()) {
            case UNKNOWN_PARTICIPANT ->
                problem(HttpStatus.NOT_FOUND, "unknown-participant", "Unknown participant", refusal.detail());
            case UNKNOWN_ACCOUNT ->
                problem(HttpStatus.NOT_FOUND, "unknown-account", "Unknown account", refusal.detail());
            case UNKNOWN_TOKEN -> problem(HttpStatus.NOT_FOUND, "unknown-token", "Unknown API token", refusal.detail());
            case NOT_YOUR_CASELOAD ->
                problem(HttpStatus.FORBIDDEN, "not-your-caseload", "Not in your caseload", refusal.detail());
            case ROLE_NOT_ALLOWED -> problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", refusal.detail());
            case USERNAME_TAKEN -> problem(HttpStatus.CONFLICT, "username-taken", "User name taken", refusal.detail());
            case LAST_ADMIN -> problem(HttpStatus.CONFLICT, "last-admin", "Last administrator", refusal.detail());
            case UNKNOWN_REFERRAL ->
                problem(HttpStatus.NOT_FOUND, "unknown-referral", "Unknown referral", refusal.detail());
            case PROVIDER_NAME_TAKEN ->
                problem(HttpStatus.CONFLICT, "provider-name-taken", "Provider listed already", refusal.detail());
            case PERSONAL_DATA_ERASED ->
                problem(HttpStatus.CONFLICT, "personal-data-erased", "Personal data erased", refusal.detail());
            case UNKNOWN_PROPERTY, UNKNOWN_UNIT, UNKNOWN_RENOVATION, UNKNOWN_VACANCY, UNKNOWN_OFFER, UNKNOWN_TENANCY ->
                unknownHousingRecord(refusal);
            case WRONG_PASSWORD, NOT_A_COACH ->
                invalid(
                        "The request has an invalid field.",
                        List.of(new FieldProblem(refusal.field().orElseThrow(), refusal.detail())));
        };
    }

    /** {@code UNKNOWN_OFFER} answers {@code urn:lotse:problem:unknown-offer}, titled "Unknown offer". */
    private static ResponseEntity<Object> unknownHousingRecord(Refusal refusal) {
        var slug = refusal.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
        var what = slug.substring("unknown-".length());
        return problem(HttpStatus.NOT_FOUND, slug, "Unknown " + what, refusal.detail());
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String slug, String title, String detail) {
        return problem(status, "urn:lotse:problem:" + slug, title, detail, Map.of());
    }

    private static ResponseEntity<Object> unavailable() {
        log.warn("Request answered 503: the database is unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(unavailableDetail());
    }

    /** The problem of a request refused because the database cannot be reached. */
    public static ProblemDetail unavailableDetail() {
        return detail(
                HttpStatus.SERVICE_UNAVAILABLE,
                UNAVAILABLE,
                "Service unavailable",
                "The database cannot be reached. Try again shortly.",
                Map.of());
    }

    protected static ResponseEntity<Object> violated(RuleViolation violation) {
        var rule = violation.rule();
        var existing = violation.existingId();
        Map<String, Object> extra =
                existing == null ? Map.of("rule", rule.name()) : Map.of("rule", rule.name(), "existingId", existing);
        log.info("Command refused by pathway rule {}", rule);
        return problem(HttpStatus.CONFLICT, "urn:lotse:rule:" + rule.slug(), rule.title(), violation.detail(), extra);
    }

    /** A broken housing rule: a 409 of the same shape as a pathway rule's. */
    protected static ResponseEntity<Object> violated(HousingViolation violation) {
        var rule = violation.rule();
        log.info("Command refused by housing rule {}", rule);
        return problem(
                HttpStatus.CONFLICT,
                "urn:lotse:rule:" + rule.slug(),
                rule.title(),
                violation.detail(),
                Map.of("rule", rule.name()));
    }

    protected static ResponseEntity<Object> problem(
            HttpStatus status, String type, String title, String detail, Map<String, ?> properties) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail(status, type, title, detail, properties));
    }

    public static ProblemDetail detail(
            HttpStatus status, String type, String title, String detail, Map<String, ?> properties) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), message(error));
    }

    private static String message(MessageSourceResolvable error) {
        var message = error.getDefaultMessage();
        return message == null ? "is invalid" : message;
    }
}
