package app.village.testsupport;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Several Spring contexts live side by side in one test run, and each installs its own Vaadin-aware
 * security context strategy into the global {@link SecurityContextHolder}. Before each test, point the
 * holder back at this test's application, so {@link SignedIn} writes where its services read.
 */
public class SecurityContextOfThisApplication implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var application = SpringExtension.getApplicationContext(context);
        application.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
