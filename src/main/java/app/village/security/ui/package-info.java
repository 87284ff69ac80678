@NullMarked
package app.village.security.ui;

import org.jspecify.annotations.NullMarked;
