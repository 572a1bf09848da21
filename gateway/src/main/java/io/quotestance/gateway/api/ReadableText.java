package io.quotestance.gateway.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person could read: no control characters other than tab and line breaks, no unpaired surrogate halves,
 * and, when not empty, at least one visible character (not only spaces, zero-width or direction marks). Null and
 * blank are left to {@code @NotNull}/{@code @NotBlank}.
 */
@Constraint(validatedBy = ReadableTextValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface ReadableText {

    String message() default "must be readable text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
