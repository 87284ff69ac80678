/**
 * Family updates: short news a member posts to her family ("We're home, all well, no visits this week please"),
 * with up to 4 photos, read newest first, hearted by the circle, one pinned by an owner to the top of everyone's
 * home. Every service method starts with the family-space access check. Decisions: docs/decisions/family-updates.md,
 * docs/decisions/photos-on-updates.md.
 */
@ApplicationModule(allowedDependencies = {"family", "family :: ui", "account", "photo", "base", "base :: ui"})
@NullMarked
package app.village.update;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
