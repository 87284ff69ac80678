package app.village.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read made for the system's own jobs, with nobody signed in: it makes no family-space check and may return
 * what no single member may see (every member's address, every family's plans). So only the jobs may use it: the
 * {@code reminder} and {@code digest} features, the checks mail delivery asks at sending time ({@code
 * notification.SecretMinter}, {@code LetterCheck}, {@code DeliveryHold}) and other system-side classes. Anything
 * that runs in a member's request uses the member-facing services instead, which check her access.
 * {@code SystemSideTest} enforces this. Decision: docs/decisions/system-side-reads.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SystemSide {
}
