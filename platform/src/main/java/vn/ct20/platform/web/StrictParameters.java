package vn.ct20.platform.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import vn.ct20.platform.problem.ProblemException;

/**
 * Query and header parameters decoded as strictly as JSON: a boolean is {@code true} or
 * {@code false}, nothing else ({@code ?dryRun=1} must not silently mean false).
 */
@Provider
public class StrictParameters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Boolean.class && rawType != boolean.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<Boolean>() {
            @Override
            public Boolean fromString(String value) {
                if ("true".equals(value)) {
                    return Boolean.TRUE;
                }
                if ("false".equals(value)) {
                    return Boolean.FALSE;
                }
                throw ProblemException.badRequest(name, "must be true or false");
            }

            @Override
            public String toString(Boolean value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof jakarta.ws.rs.QueryParam query) {
                return query.value();
            }
            if (annotation instanceof jakarta.ws.rs.HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }
}
