package app.village.testsupport;

import app.village.account.AccountService;
import app.village.account.Registration;
import app.village.security.VillageUser;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import kotlin.jvm.functions.Function1;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Browserless UI tests: the real Spring application with views rendered by Karibu-Testing, no browser.
 * Vaadin's route access control asks the HTTP request who is signed in, so the fake request here answers
 * from the Spring security context that {@link SignedIn} fills.
 */
@IntegrationTest
public abstract class KaribuUiTest {

    public static final String GOOD_PASSWORD = "a quiet night for everyone";

    /**
     * Views, layouts and error views of the whole app. Karibu's own {@code autoDiscoverViews} sees public
     * classes only, and Village's views are package-private, so Spring's scanner finds them instead. Leaving
     * out Karibu's mock not-found view lets the app's own {@code NotFoundView} answer, as in production.
     */
    private static final Routes ROUTES = discoverViews("app.village");

    @Autowired private ApplicationContext applicationContext;
    @Autowired private AccountService accountService;

    private @Nullable Function1<FakeHttpSession, FakeRequest> previousRequestFactory;

    /** Opens the app signed out, at the start page. */
    protected void startSignedOut() {
        startAs(null);
    }

    /**
     * Opens the app as {@code user} (or signed out), at the start page. The layout reads the signed-in
     * person when it is built, so the security context is filled before the UI exists.
     */
    protected void startAs(@Nullable VillageUser user) {
        if (user == null) {
            SignedIn.nobody();
        } else {
            as(user);
        }
        if (previousRequestFactory == null) {
            // A test that opens several tabs puts back the factory from before its first one.
            previousRequestFactory = MockVaadin.getMockRequestFactory();
        }
        MockVaadin.setMockRequestFactory(PrincipalAwareRequest::new);
        MockVaadin.setup(() -> new UI(), new MockSpringServlet(ROUTES, applicationContext, () -> new UI()));
    }

    /** Signs {@code user} in for the service calls that follow, e.g. to set up what the page will show. */
    protected static void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
    }

    /** How long a live page may take to show another member's change (the issue asks for a second). */
    protected static final java.time.Duration PUSH_WAIT = java.time.Duration.ofSeconds(2);

    /**
     * Lets queued live refreshes run, as the browser's next round trip would, until the page shows the change, for
     * at most {@link #PUSH_WAIT}. The test thread holds the session lock, so a refresh the gathering thread queued
     * waits for this.
     */
    protected static void awaitPush(java.util.function.BooleanSupplier shown) {
        var deadline = System.nanoTime() + PUSH_WAIT.toNanos();
        while (true) {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            if (shown.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The page did not show the change within " + PUSH_WAIT);
            }
            pause();
        }
    }

    /** Runs whatever live refresh may be queued, for a while longer than a push would take. */
    protected static void roundtripsFor(java.time.Duration duration) {
        var until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /**
     * Makes a change as {@code user} from another browser tab or device: on another thread, where no UI of this test
     * is the current one (a change made on the test's thread counts as made in the open tab). Waits until it is done.
     */
    protected static void fromAnotherTab(VillageUser user, Runnable change) {
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var otherTab = new Thread(() -> {
            try {
                as(user);
                change.run();
            } catch (Throwable problem) {
                failure.set(problem);
            } finally {
                SignedIn.nobody();
            }
        });
        otherTab.start();
        try {
            otherTab.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new AssertionError("the change from the other tab failed", failure.get());
        }
    }

    /**
     * The network address the next requests come from. Limits kept per address (invitation look-ups, sign-in
     * attempts) would otherwise carry one test's failures into the next, whatever the test clock says.
     */
    private static final String DEFAULT_CLIENT_ADDRESS = "127.0.0.1";
    private static volatile String clientAddress = DEFAULT_CLIENT_ADDRESS;

    /** Makes this test's requests come from an address of its own, e.g. {@code "10.0.0.7"}. */
    protected static void comeFrom(String address) {
        clientAddress = address;
    }

    /** A freshly registered account with {@link #GOOD_PASSWORD}, not yet signed in. */
    protected VillageUser newAccount(String displayName) {
        var id = accountService.register(new Registration(uniqueEmail(), displayName, GOOD_PASSWORD));
        return new VillageUser(id, displayName);
    }

    protected static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@village.example";
    }

    @AfterEach
    void closeUiAndSignOut() {
        MockVaadin.tearDown();
        if (previousRequestFactory != null) {
            MockVaadin.setMockRequestFactory(previousRequestFactory);
            previousRequestFactory = null;
        }
        SignedIn.nobody();
        clientAddress = DEFAULT_CLIENT_ADDRESS;
    }

    @SuppressWarnings("unchecked")
    private static Routes discoverViews(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new LinkedHashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new LinkedHashSet<>();
        for (var candidate : scanner.findCandidateComponents(basePackage)) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), KaribuUiTest.class.getClassLoader());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                views.add(type.asSubclass(Component.class));
            }
        }
        return new Routes(views, errorViews, true);
    }

    /** Reads the person from the security context at every call, so signing out during a test is seen. */
    private static final class PrincipalAwareRequest extends FakeRequest {

        PrincipalAwareRequest(FakeHttpSession session) {
            super(session);
        }

        @Override
        public @Nullable Principal getUserPrincipal() {
            return signedIn();
        }

        @Override
        public String getRemoteAddr() {
            return clientAddress;
        }

        @Override
        public boolean isUserInRole(String role) {
            var authentication = signedIn();
            return authentication != null && authentication.getAuthorities().stream()
                    .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
        }

        private static @Nullable Authentication signedIn() {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return null;
            }
            return authentication;
        }
    }
}
