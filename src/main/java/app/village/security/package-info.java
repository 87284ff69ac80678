/** Who is signed in, and the rules that guard every page and service. */
@NullMarked
package app.village.security;

import org.jspecify.annotations.NullMarked;
