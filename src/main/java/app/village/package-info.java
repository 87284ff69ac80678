/**
 * Village: a private shared space where a new mother's circle splits the care work and protects her rest.
 * One package per feature; see docs/architecture.md.
 */
@NullMarked
package app.village;

import org.jspecify.annotations.NullMarked;
