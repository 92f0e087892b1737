package de.deutsch4u.common.api;

import de.deutsch4u.common.BusinessException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and path parameters of type LocalDate (YYYY-MM-DD); a bad value is a 400 naming the parameter. */
@Provider
public class DateParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.trim());
                } catch (DateTimeParseException e) {
                    throw BusinessException.invalidField(name, "violation.date.format");
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "date";
    }
}
