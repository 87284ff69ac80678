package app.village.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Moving her account to another address: her current password proves it is really her. */
public record NewEmailAddress(
        @NotBlank(message = "Please enter the new email address.")
        @Size(max = Account.EMAIL_MAX, message = "An email address has at most 254 characters.")
        @Pattern(regexp = "\\s*[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+\\s*",
                message = "This doesn't look like an email address.")
        String email,

        @NotEmpty(message = "Please enter your current password.")
        @Size(max = PasswordRules.MAX_LENGTH, message = "Passwords have at most 128 characters.")
        String currentPassword) {

    @Override
    public String toString() {
        // Personal data stays out of logs and error messages.
        return "NewEmailAddress[***]";
    }
}
