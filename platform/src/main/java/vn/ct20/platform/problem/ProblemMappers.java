package vn.ct20.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.ct20.platform.logging.LogSafe;
import vn.ct20.platform.logging.RequestIds;

/**
 * Turns every failure into {@code application/problem+json}. Client mistakes are 4xx with a
 * field list where one applies; anything unexpected is a 500 whose details stay in the log
 * (under the request id), never in the response.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(400, "validation", "Invalid request", detail, uri, errors);
    }

    /** Bodies that are not JSON, or whose values have the wrong type (a string where a number belongs). */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableJson(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            return respond(400, "malformed-json", "Malformed request body",
                    "The value of '" + field + "' has the wrong type or format", uri,
                    List.of(new Problem.FieldError(field, expectation(mapping))));
        }
        if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException range && range.getProcessor() != null
                && range.getProcessor().getParsingContext().getCurrentName() != null) {
            String field = range.getProcessor().getParsingContext().getCurrentName();
            return respond(400, "malformed-json", "Malformed request body", "The value of '" + field + "' is out of range", uri,
                    List.of(new Problem.FieldError(field, "is out of range for a whole number")));
        }
        return respond(400, "malformed-json", "Malformed request body", "The request body is not valid JSON", uri, null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Authentication required",
                "Send a valid bearer token in the Authorization header", uri, null, "Bearer");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(401, "unauthorized", "Authentication required",
                "The bearer token is missing, expired or not signed by a trusted key", uri, null, "Bearer error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(409, "concurrent-change", "Conflict",
                "Someone else changed this resource at the same time; read it again and retry", uri, null);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == ConstraintKind.UNIQUE) {
            return respond(409, "conflict", "Conflict", "A resource with the same identity already exists", uri, null);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            // A number beyond its type (9223372036854775808 for a long), caught while the body was read.
            return jsonProblem(json, uri);
        }
        if (e.getCause() instanceof ProblemException refusal) {
            // A parameter converter's own refusal (e.g. ?dryRun=1), with the parameter named.
            return problem(refusal, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // A query or path parameter that could not be converted (e.g. page=abc): the client's mistake.
            return respond(400, "validation", "Invalid request", "A parameter has the wrong type or format", uri, null);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 406) {
            // The framework's own words name its annotations; the caller needs to know what it can ask for.
            return respond(406, "not-acceptable", "Not Acceptable",
                    "None of the media types in Accept can be produced; the operation's answers in the OpenAPI document list those it can", uri, null);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(status, slug(title), title, e.getMessage(), uri, null);
    }

    /** A value the database cannot hold (a number beyond its column, text too long): the client's mistake, refused whole. */
    @ServerExceptionMapper
    public Response dataTooLarge(org.hibernate.exception.DataException e, UriInfo uri) {
        return respond(422, "value-out-of-range", "Value out of range",
                "A value is larger or longer than this field holds", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s (request %s)", LogSafe.text(uri.getPath()), RequestIds.current());
        return respond(500, "internal", "Internal error",
                "The server failed to handle the request; quote the request id when reporting it", uri, null);
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors) {
        return respond(status, type, title, detail, uri, errors, null);
    }

    private static Response respond(int status, String type, String title, String detail, UriInfo uri,
                                    List<Problem.FieldError> errors, String challenge) {
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri == null ? null : uri.getPath(),
                RequestIds.current(), errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (challenge != null) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, challenge);
        }
        return builder.build();
    }

    /** "create.request.code" (method.parameter.property) becomes "code"; query parameters keep their name. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    /** What the field takes, in words a client understands (no Java class names). */
    private static String expectation(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == null) {
            return "has the wrong type or format";
        }
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be a list";
        }
        if (target == String.class) {
            return "must be a text";
        }
        return "must be an object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
