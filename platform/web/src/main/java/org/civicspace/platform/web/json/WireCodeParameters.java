package org.civicspace.platform.web.json;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.civicspace.platform.web.problem.ProblemException;

/**
 * Reads enum-typed query, path and header parameters by their wire code ({@link WireCodes}), so that a resource
 * declares {@code @QueryParam("track") Track track} and its document lists the values. Any other text is a 400
 * problem naming the parameter and the values it takes, where JAX-RS alone would answer 404.
 */
@Provider
public class WireCodeParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return (ParamConverter<T>) new Converter(rawType.asSubclass(Enum.class), nameOf(annotations));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private record Converter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return WireCodes.parse(type, value);
            } catch (IllegalArgumentException unknown) {
                throw ProblemException.invalid(name, "must be one of: " + Arrays.stream(type.getEnumConstants())
                        .map(WireCodes::of).collect(Collectors.joining(", ")));
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : WireCodes.of(value);
        }
    }
}
