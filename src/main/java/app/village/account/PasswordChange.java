package app.village.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one proves it is really her. */
public record PasswordChange(
        @NotEmpty(message = "Please enter your current password.")
        @Size(max = PasswordRules.MAX_LENGTH, message = "Passwords have at most 128 characters.")
        String currentPassword,

        @NewPassword
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
