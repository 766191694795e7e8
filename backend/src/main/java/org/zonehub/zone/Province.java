package org.zonehub.zone;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the 31 provincial-level divisions, by its official Chinese name (e.g. 浙江省). Null passes. */
@Documented
@Constraint(validatedBy = Province.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface Province {

	String message() default "must be the official name of a province, e.g. 浙江省";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<Province, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || Provinces.NAMES.contains(value);
		}

	}

}
