package app.village;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.RepeatForm;
import app.village.caretask.TaskForm;
import app.village.family.SpaceForm;
import app.village.shift.ShiftForm;
import jakarta.validation.constraints.AssertTrue;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Views put a refused rule's message next to a field by the property the refusal names; the forms publish those
 * names as constants. Each constant must name an {@code @AssertTrue} rule of its record, and each rule must have
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
                .filter(method -> method.isAnnotationPresent(AssertTrue.class))
                .map(method -> Character.toLowerCase(method.getName().charAt(2)) + method.getName().substring(3))
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
}
