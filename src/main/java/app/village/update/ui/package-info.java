/** The updates on a space's home and the Updates page. */
@NullMarked
package app.village.update.ui;

import org.jspecify.annotations.NullMarked;
