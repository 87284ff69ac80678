package app.village.family;

import app.village.base.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Inviting one person: who she is to the family, her role, and optionally her email and a note. */
public record InvitationForm(
        @NotBlank(message = "Please enter the name of the person you are inviting.")
        @Size(max = FamilySpace.NAME_MAX, message = "Please keep the name to 80 characters or fewer.")
        @PlainText(PlainText.Kind.NAME)
        String name,

        @Size(max = Membership.RELATIONSHIP_MAX, message = "Please keep this to 60 characters or fewer.")
        @PlainText(PlainText.Kind.LINE)
        String relationship,

        @NotNull(message = "Please choose a role.")
        FamilyRole role,

        @Size(max = 254, message = "An email address has at most 254 characters.")
        @Pattern(regexp = "|\\s*[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+\\s*", message = "This doesn't look like an email address.")
        @Nullable String email,

        @Size(max = Invitation.MESSAGE_MAX, message = "Please keep the message to 1,000 characters or fewer.")
        @PlainText
        String message) {
}
