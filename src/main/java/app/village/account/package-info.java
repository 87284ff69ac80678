/**
 * Accounts: sign-up (confirmed by a mailed code when mail is on), password changes and resets by mail, login
 * back-off, changing the email address and deleting one's own account.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "notification", "notification :: ui"})
@NullMarked
package app.village.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
