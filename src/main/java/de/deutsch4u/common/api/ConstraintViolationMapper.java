package de.deutsch4u.common.api;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Invalid fields of a request body: 400 with one violation per field, named as in the JSON
 * ("capacity", not "create.request.capacity"), in the caller's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpHeaders headers;

    @Inject
    private ValidatorFactory validatorFactory;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale locale = ErrorResponses.locale(headers);
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        List<ApiError.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldViolation(
                        fieldName(v.getPropertyPath()),
                        interpolator.interpolate(v.getMessageTemplate(), context(v), locale)))
                .sorted(Comparator.comparing(ApiError.FieldViolation::field))
                .toList();
        return ErrorResponses.invalid(headers, violations);
    }

    /** Drops the method and parameter nodes: "create.request.capacity" becomes "capacity". */
    static String fieldName(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> names.clear();
                default ->
                    names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
