package app.village.account;

import app.village.base.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. The same constraints check the form and the service. */
public record Registration(
        @NotBlank(message = "Please enter your email address.")
        @Size(max = Account.EMAIL_MAX, message = "An email address has at most 254 characters.")
        // Surrounding spaces from a paste are forgiven; the service trims them.
        @Pattern(regexp = "\\s*[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+\\s*", message = "This doesn't look like an email address.")
        String email,

        @NotBlank(message = "Please enter the name your family knows you by.")
        @Size(max = Account.DISPLAY_NAME_MAX, message = "Please keep your name to 80 characters or fewer.")
        @PlainText(PlainText.Kind.NAME)
        String displayName,

        @NewPassword
        String password) {

    @Override
    public String toString() {
        // Personal data stays out of logs and error messages.
        return "Registration[***]";
    }
}
