package app.village.account;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A new password chosen through a reset link, typed twice: she can't sign in to check it until it is set. */
public record ChosenPassword(
        @NewPassword
        String newPassword,

        @NotEmpty(message = "Please type the new password once more.")
        @Size(max = PasswordRules.MAX_LENGTH, message = "Passwords have at most 128 characters.")
        String repeatedPassword) {

    @Override
    public String toString() {
        return "ChosenPassword[***]";
    }
}
