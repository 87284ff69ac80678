package app.village.base;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A day no more than {@link #yearsBack} years before and {@link #yearsAhead} years after today; no day at all
 * passes (a required one carries {@code @NotNull}). Today is read from Bean Validation's clock, which
 * {@code TimeConfiguration} sets to the app clock, so the rule moves with the clock tests set.
 */
@Documented
@Constraint(validatedBy = WithinYearsOfToday.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinYearsOfToday {

    int yearsBack();

    int yearsAhead();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<WithinYearsOfToday, LocalDate> {

        private int yearsBack;
        private int yearsAhead;

        @Override
        public void initialize(WithinYearsOfToday constraint) {
            yearsBack = constraint.yearsBack();
            yearsAhead = constraint.yearsAhead();
        }

        @Override
        public boolean isValid(@Nullable LocalDate day, ConstraintValidatorContext context) {
            if (day == null) {
                return true;
            }
            var today = LocalDate.now(context.getClockProvider().getClock());
            return !day.isBefore(today.minusYears(yearsBack)) && !day.isAfter(today.plusYears(yearsAhead));
        }
    }
}
