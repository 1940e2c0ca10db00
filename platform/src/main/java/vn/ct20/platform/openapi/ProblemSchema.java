package vn.ct20.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.ct20.platform.problem.Problem;

/** The Problem schema of the documents, and the example each documented error shows. */
final class ProblemSchema {
    private ProblemSchema() {
    }

    /** The Problem schema is there when some resource names it; otherwise describe it here, as {@link Problem} is. */
    static void ensure(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text).required(List.of("field", "message"));
        components.addSchema("FieldError", fieldError);
        components.addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail returned with every 4xx and 5xx response.")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", text).addProperty("instance", text).addProperty("requestId", text)
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status")));
    }

    static Map<String, Object> example(int status, String type, String title, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_BASE + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/...");
        example.put("requestId", "3f0c9a8e-5d7b-4c1e-9a51-2f7d8b0c6e14");
        if (status == 400) {
            example.put("errors", List.of(Map.of("field", "code", "message", "must not be blank")));
        }
        return example;
    }
}
