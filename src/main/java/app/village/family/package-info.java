/**
 * Family spaces: the private space a mother opens, its members and their roles, invitations, and the
 * audit log of membership changes. This is the security boundary of Village: every service here, and in
 * the features built on it, checks through {@link app.village.family.SpaceAccess} that the signed-in
 * person belongs to the space and may do the action.
 */
@ApplicationModule(allowedDependencies = {
        "account", "security", "base", "base :: ui", "notification", "guide", "guide :: ui"})
@NullMarked
package app.village.family;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
