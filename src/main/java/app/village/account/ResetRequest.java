package app.village.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** "Forgot your password?": the address she typed. The same constraints as registration's email field. */
public record ResetRequest(
        @NotBlank(message = "Please enter your email address.")
        @Size(max = Account.EMAIL_MAX, message = "An email address has at most 254 characters.")
        @Pattern(regexp = "\\s*[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+\\s*",
                message = "This doesn't look like an email address.")
        String email) {

    @Override
    public String toString() {
        return "ResetRequest[***]";
    }
}
