/**
 * Accounts: sign-up (confirmed by a mailed code when mail is on), password changes and resets by mail, login
 * back-off and deleting one's own account.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "notification"})
@NullMarked
package app.village.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
