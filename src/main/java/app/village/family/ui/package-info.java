@NullMarked
package app.village.family.ui;

import org.jspecify.annotations.NullMarked;
