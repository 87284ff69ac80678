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
import org.jspecify.annotations.Nullable;

/**
 * Text people type that other people will read: no markup and no control characters.
 * Vaadin escapes text anyway; refusing markup keeps stored data clean for e-mails and calendar feeds too.
 * {@link Kind#LINE} fields (a title, a relationship) also refuse line breaks, which a single-line field can't
 * show and a pasted or forged request could still send; {@link Kind#NAME} fields (a person's or a space's name)
 * also refuse invisible characters that reorder or hide text, so one name can't pass itself off as another.
 * <p>Decision: docs/decisions/personal-passwords-and-hidden-characters.md.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String MARKUP_MESSAGE = "Please use plain text, without < or > characters.";
    String LINE_BREAK_MESSAGE = "Please keep this to one line.";
    String HIDDEN_CHARACTER_MESSAGE = "This holds invisible formatting characters (perhaps from a paste). "
            + "Please type it again.";

    enum Kind {
        /** Notes and messages: several lines allowed. */
        TEXT,
        /** A single-line field: no line breaks or tabs. */
        LINE,
        /** A name: one line, and no bidirectional overrides or zero-width characters. */
        NAME
    }

    Kind value() default Kind.TEXT;

    String message() default MARKUP_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<PlainText, String> {

        private Kind kind = Kind.TEXT;

        @Override
        public void initialize(PlainText annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            var problem = problemIn(value, kind);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }

        static boolean isPlain(String value) {
            return problemIn(value, Kind.TEXT) == null;
        }

        /** The message for the first thing wrong with the text, or null when it is fine for this kind of field. */
        static @Nullable String problemIn(String value, Kind kind) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (kind != Kind.TEXT && (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029')) {
                    return LINE_BREAK_MESSAGE;
                }
                if (c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                    return MARKUP_MESSAGE;
                }
                if (kind == Kind.NAME && isHiddenFormatting(c)) {
                    return HIDDEN_CHARACTER_MESSAGE;
                }
            }
            return null;
        }

        /** Bidirectional embeddings, overrides and isolates, and zero-width characters. */
        static boolean isHiddenFormatting(char c) {
            return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || (c >= '\u200B' && c <= '\u200F') || c == '\u2060' || c == '\uFEFF' || c == '\u180E'
                    || c == '\u061C';
        }
    }
}
