/** The demo family loaded from seeds/demo into an empty embedded database. */
@NullMarked
package app.village.demo;

import org.jspecify.annotations.NullMarked;
