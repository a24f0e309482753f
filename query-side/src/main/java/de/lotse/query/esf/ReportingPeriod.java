package de.lotse.query.esf;

import de.lotse.platform.problem.LotseProblems.FieldProblem;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The days a report covers, both ends included; a missing end leaves the period open on that side.
 * Public for the pathway analytics, whose period is asked for and checked the same way.
 */
public record ReportingPeriod(
        @Nullable LocalDate from, @Nullable LocalDate to) {

    /**
     * The period a request asked for. One that ends before it starts is refused with a 400 in the
     * problem format, since only together do the two dates say anything wrong.
     */
    public static ReportingPeriod asked(@Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The period ends before it starts.");
            problem.setType(URI.create("urn:lotse:problem:invalid-request"));
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(new FieldProblem("from", "must not be after to")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return new ReportingPeriod(from, to);
    }

    boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
