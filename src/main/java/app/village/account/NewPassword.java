package app.village.account;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules for any password someone chooses: 12 to 128 characters and not on the common-password list. */
@Documented
@NotNull(message = "Please choose a password.")
@NotBlank(message = "A password needs more than spaces.")
@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH,
        message = "Use 12 to 128 characters. A short sentence is easy to remember.")
@NotCommonPassword
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NewPassword {

    String message() default "Please choose another password.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
