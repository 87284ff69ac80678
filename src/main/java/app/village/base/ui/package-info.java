@NullMarked
package app.village.base.ui;

import org.jspecify.annotations.NullMarked;
