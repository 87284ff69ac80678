/** Accounts: registration, password changes, login back-off and deleting one's own account. */
@ApplicationModule(allowedDependencies = {"base", "base :: ui", "security", "notification", "notification :: ui"})
@NullMarked
package app.village.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
