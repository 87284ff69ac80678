package app.village;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.RepeatForm;
import app.village.caretask.TaskForm;
import app.village.family.SpaceForm;
import app.village.shift.ShiftForm;
import jakarta.validation.Constraint;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Views put a refused rule's message next to a field by the property the refusal names; the forms publish those
 * names as constants. Each constant must name a rule (a getter with a constraint) of its record, and each rule must have
 * its constant, so renaming a rule cannot silently send its message to the wrong place.
 */
class RuleNamesTest {

    static Stream<Class<?>> forms() {
        return Stream.of(TaskForm.class, ShiftForm.class, RepeatForm.class, SpaceForm.class);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyRuleOfAFormHasItsNameAsAConstant(Class<?> form) throws IllegalAccessException {
        var rules = Arrays.stream(form.getDeclaredMethods())
                .filter(RuleNamesTest::isRule)
                .map(RuleNamesTest::propertyOf)
                .sorted().toList();
        var constants = new java.util.ArrayList<String>();
        for (var field : form.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && Modifier.isPublic(field.getModifiers())) {
                constants.add((String) field.get(null));
            }
        }

        assertThat(constants).containsExactlyInAnyOrderElementsOf(rules);
    }

    /** A getter with a constraint on it ({@code @AssertTrue boolean isEndAfterStart()}, {@code getDayPlausible()}). */
    private static boolean isRule(Method method) {
        return method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                && (method.getName().startsWith("is") || method.getName().startsWith("get"))
                && Arrays.stream(method.getAnnotations())
                        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(Constraint.class));
    }

    private static String propertyOf(Method method) {
        var name = method.getName().substring(method.getName().startsWith("is") ? 2 : 3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
