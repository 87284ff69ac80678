package app.village.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.PlainText.Kind;
import app.village.base.PlainText.Validator;
import app.village.account.Registration;
import app.village.family.FamilyRole;
import app.village.family.InvitationForm;
import app.village.family.SpaceForm;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Maya\\nRivera", "Maya\\r\\nRivera", "Maya\\tRivera", "Maya\u2028Rivera"})
    void singleLineFieldsAndNamesRefuseLineBreaksWhileNotesKeepThem(String escaped) {
        var text = escaped.translateEscapes();

        assertThat(Validator.problemIn(text, Kind.LINE)).isEqualTo(PlainText.LINE_BREAK_MESSAGE);
        assertThat(Validator.problemIn(text, Kind.NAME)).isEqualTo(PlainText.LINE_BREAK_MESSAGE);
        assertThat(Validator.problemIn("Soup in the fridge.\nBack door is open.", Kind.TEXT)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Maya\u202Eexe.gnp",   // right-to-left override: shows as "Mayapng.exe"
            "Maya\u202D", "\u202AMaya", "Maya\u2066Rivera\u2069", "Maya\u2067x",
            "Ma\u200Bya",          // zero-width space: looks like "Maya", isn't
            "Ma\u200Cya", "Ma\u200Dya", "Ma\u2060ya", "\uFEFFMaya"})
    void namesRefuseBidiOverridesAndZeroWidthCharacters(String escaped) {
        var name = escaped.translateEscapes();

        assertThat(Validator.problemIn(name, Kind.NAME)).isEqualTo(PlainText.HIDDEN_CHARACTER_MESSAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Maya Rivera", "Grandma Rose", "Zoë O'Brien-Núñez", "مريم", "李小龙", "Léa 👶"})
    void ordinaryNamesInAnyScriptAreFine(String name) {
        assertThat(Validator.problemIn(name, Kind.NAME)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Maya</b>", "Maya\u0000", "Maya\u001B[31m"})
    void markupAndControlCharactersAreRefusedEverywhere(String escaped) {
        var text = escaped.translateEscapes();

        for (var kind : Kind.values()) {
            assertThat(Validator.problemIn(text, kind)).as(kind.name()).isEqualTo(PlainText.MARKUP_MESSAGE);
        }
    }

    @Test
    void theFormsMarkTheirNamesAndSingleLineFieldsWhileMessagesKeepTheirLines() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();

            assertThat(messages(validator.validate(new Registration("maya@village.example", "Ma\u200Bya",
                    "a quiet night for everyone")))).containsExactly(PlainText.HIDDEN_CHARACTER_MESSAGE);
            assertThat(messages(validator.validate(SpaceForm.named("The Rivera\u202E family", "America/Chicago"))))
                    .containsExactly(PlainText.HIDDEN_CHARACTER_MESSAGE);
            assertThat(messages(validator.validate(new InvitationForm("Leo", "partner\nand friend",
                    FamilyRole.SUPPORTER, null, "")))).containsExactly(PlainText.LINE_BREAK_MESSAGE);
            assertThat(validator.validate(new InvitationForm("Leo", "partner", FamilyRole.SUPPORTER, null,
                    "Welcome, love.\nSee you Sunday."))).isEmpty();
        }
    }

    private static Set<String> messages(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
