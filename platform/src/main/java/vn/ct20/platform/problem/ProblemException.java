package vn.ct20.platform.problem;

import java.util.List;

/**
 * Thrown by services to refuse a request with a specific status and problem type. Nothing is
 * changed: the exception rolls back the surrounding transaction.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + id + "' does not exist", null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail, null);
    }

    /** The request is well-formed but breaks a business rule. */
    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "business-rule", "Business rule violated", detail, errors);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public List<Problem.FieldError> errors() { return errors; }
}
