package nl.entree.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import nl.entree.common.problem.ProblemException;

/**
 * Path segments read as a UUID, an enum or a whole number. JAX-RS answers a segment it cannot convert with a bare 404;
 * here the conversion fails with the same 400 naming the parameter that {@link QueryParams} gives. The JAX-RS runtime
 * still wraps that failure in a {@code NotFoundException}: the services' problem mapper unwraps it, while web, whose
 * pages outrank that mapper, keeps showing its page-not-found to a person who typed a wrong address.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class PathParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = pathParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(value -> QueryParams.requiredUuid(name, value));
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Converter<>(value -> QueryParams.requiredEnum(name, value, type));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(value -> wholeNumber(name, value, Integer::parseInt));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(value -> wholeNumber(name, value, Long::parseLong));
        }
        return null;
    }

    private static String pathParamName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return null;
    }

    private static <N> N wholeNumber(String name, String value, Function<String, N> parse) {
        try {
            return parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }

    private record Converter<T>(Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return parse.apply(value);
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
