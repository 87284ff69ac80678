/**
 * The family pages. Other features' pages use {@link app.village.family.ui.FamilyNavigation} to resolve the
 * space in their routes and link back to it, and add sections to a space's home page through
 * {@link app.village.family.ui.FamilyHomeSection}.
 */
@NullMarked
@NamedInterface("ui")
package app.village.family.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
