package app.village.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one proves it is really her. */
public record PasswordChange(
        @NotBlank(message = "Please enter your current password.")
        @Size(max = PasswordRules.MAX_LENGTH, message = "Passwords have at most 128 characters.")
        String currentPassword,

        @NotNull(message = "Please choose a new password.")
        @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH,
                message = "Use 12 to 128 characters. A short sentence is easy to remember.")
        @NotCommonPassword
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
