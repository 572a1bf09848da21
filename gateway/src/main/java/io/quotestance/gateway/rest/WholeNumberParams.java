package io.quotestance.gateway.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.quotestance.gateway.api.Problem;

/**
 * Whole-number query parameters that are not numbers are a bad request naming the parameter, not the 404 that
 * Jakarta REST answers by default for query parameters it cannot convert.
 */
@Provider
public class WholeNumberParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParamName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new WholeNumber<>(name, Long::valueOf);
        }
        return null;
    }

    private static String queryParamName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record WholeNumber<N extends Number>(String name, Function<String, N> parse) implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (NumberFormatException notANumber) {
                throw new InvalidQueryParameterException(
                        new Problem.Violation(name, "must be a whole number"));
            }
        }

        @Override
        public String toString(N value) {
            return value == null ? null : value.toString();
        }
    }

    /** A query parameter that could not be read; answered 400 with the parameter as the violation's field. */
    public static class InvalidQueryParameterException extends BadRequestException {

        private final transient Problem.Violation violation;

        InvalidQueryParameterException(Problem.Violation violation) {
            this.violation = violation;
        }

        public List<Problem.Violation> violations() {
            return List.of(violation);
        }
    }
}
