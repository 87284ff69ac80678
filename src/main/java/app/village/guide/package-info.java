/** The guide and the Get help now page. */
@NullMarked
package app.village.guide;

import org.jspecify.annotations.NullMarked;
