/** Shared building blocks: validation constraints, the clock, and the main layout in {@code ui}. */
@NullMarked
package app.village.base;

import org.jspecify.annotations.NullMarked;
