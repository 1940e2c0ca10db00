package vn.ct20.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ct20.platform.problem.ProblemException;

/**
 * What every request must be before any resource sees it, in every service: a path and query
 * without control characters; a JSON body that is valid UTF-8, has each key once and no control
 * characters in its text (tab and line breaks aside, which free text may hold). A refusal is a
 * 400 naming the field, and nothing is logged of the raw input.
 */
public class StrictInput {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    // After matching, so that the body is read on the worker thread of a blocking endpoint.
    @ServerRequestFilter
    public void check(ContainerRequestContext request) throws IOException {
        if (hasControl(request.getUriInfo().getPath(), false)) {
            throw ProblemException.badRequest("path", "the path holds a control character");
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (hasControl(parameter.getKey(), false) || parameter.getValue().stream().anyMatch(v -> hasControl(v, false))) {
                throw ProblemException.badRequest(safeName(parameter.getKey()), "holds a control character");
            }
        }
        MediaType type = request.getMediaType();
        if (type != null && type.getSubtype().endsWith("json") && request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            checkJson(body);
            request.setEntityStream(new ByteArrayInputStream(body));
        }
    }

    /** @throws ProblemException 400 for invalid UTF-8, a repeated key or a control character in a text value */
    static void checkJson(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("body", "is not valid UTF-8");
        }
        try (InputStream in = new ByteArrayInputStream(body); JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && hasControl(parser.currentName(), false)) {
                    throw ProblemException.badRequest(field(parser), "a key holds a control character");
                }
                if (token == JsonToken.VALUE_STRING && hasControl(parser.getText(), true)) {
                    throw ProblemException.badRequest(field(parser), "holds a control character");
                }
            }
        } catch (JsonParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                throw ProblemException.badRequest(field(e.getProcessor()), "appears more than once");
            }
            // Malformed JSON is reported by the JSON mapper with the same wording as ever.
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "cannot be read");
        }
    }

    /** C0 controls, DEL and the C1 block; line breaks and tabs only where free text allows them. */
    public static boolean hasControl(String text, boolean freeText) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (freeText && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
            // A lone surrogate is no character at all (the database would store "?").
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String field(JsonParser parser) {
        if (parser == null) {
            return "body";
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        if (parser.currentToken() == JsonToken.FIELD_NAME || pointer.isEmpty()) {
            String name = parser.getParsingContext().getCurrentName();
            return name == null || hasControl(name, false) ? "body" : safeName(pointer.isEmpty() ? name : pointer.substring(1).replace('/', '.'));
        }
        return safeName(pointer.substring(1).replace('/', '.'));
    }

    /** A name echoed back is the client's own input: keep it short and printable. */
    private static String safeName(String name) {
        String printable = name.replaceAll("[^\\p{L}\\p{N}._\\[\\]-]", "?");
        return printable.length() > 60 ? printable.substring(0, 60) : printable;
    }
}
