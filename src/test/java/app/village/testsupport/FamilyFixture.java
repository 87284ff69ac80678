package app.village.testsupport;

import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationForm;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test's family, built through the public services as people would: the mother (Maya) owns a space, and
 * {@link #person(String, FamilyRole)} invites and joins whoever else the test needs. Register it on an
 * {@link IntegrationTest} or {@link KaribuUiTest} class:
 *
 * <pre>{@code @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("America/Chicago");}</pre>
 *
 * The space is made when the test first asks for the mother, the space or a member, so a test may set the clock
 * first. After each test the fixture signs everyone out and puts the application's clock back where it was.
 */
public final class FamilyFixture implements BeforeEachCallback, AfterEachCallback {

    private String spaceName = "The Rivera family";
    private String motherName = "Maya";
    private ZoneId zone = ZoneId.of("Europe/Helsinki");

    private @Nullable ApplicationContext context;
    private @Nullable MutableClock clock;
    private Instant clockBefore = Instant.EPOCH;
    private @Nullable FamilyTestData people;
    private @Nullable VillageUser mother;
    private @Nullable SpaceId space;

    /** The family's time zone; Helsinki unless the test says otherwise. */
    public FamilyFixture inZone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    /** The space's name; "The Rivera family" unless the test says otherwise. */
    public FamilyFixture named(String spaceName) {
        this.spaceName = spaceName;
        return this;
    }

    /** The owner's name; "Maya" unless the test says otherwise. */
    public FamilyFixture motherNamed(String motherName) {
        this.motherName = motherName;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext extensionContext) {
        context = SpringExtension.getApplicationContext(extensionContext);
        clock = context.getBean(MutableClock.class);
        clockBefore = clock.instant();
        people = new FamilyTestData(context.getBean(AccountService.class), context.getBean(FamilyService.class),
                context.getBean(InvitationService.class));
        mother = null;
        space = null;
    }

    @Override
    public void afterEach(ExtensionContext extensionContext) {
        SignedIn.nobody();
        if (clock != null) {
            clock.set(clockBefore);
        }
    }

    /** The owner of the space. Making the space leaves her signed in. */
    public VillageUser mother() {
        ensureSpace();
        return mother;
    }

    public SpaceId space() {
        ensureSpace();
        return space;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Invited by the mother and joined with {@code role}; leaves the new member signed in, as accepting does. */
    public VillageUser person(String name, FamilyRole role) {
        var who = stranger(name);
        people().join(mother(), space(), who, role);
        return who;
    }

    /** A registered account that belongs to no family yet. */
    public VillageUser stranger(String name) {
        return people().person(name);
    }

    /** Another space, owned by {@code owner}, in Helsinki; leaves the owner signed in. */
    public SpaceId spaceOf(VillageUser owner, String name) {
        return people().spaceOf(owner, name);
    }

    /** Invites {@code who} into {@code spaceId} as {@code owner}, and joins; leaves {@code who} signed in. */
    public void join(VillageUser owner, SpaceId spaceId, VillageUser who, FamilyRole role) {
        people().join(owner, spaceId, who, role);
    }

    /** As {@link #join(VillageUser, SpaceId, VillageUser, FamilyRole)}, with how {@code who} is related to the family. */
    public void join(VillageUser owner, SpaceId spaceId, VillageUser who, String relationship, FamilyRole role) {
        as(owner);
        var link = context().getBean(InvitationService.class)
                .invite(spaceId, new InvitationForm(who.displayName(), relationship, role, null, "")).link();
        as(who);
        context().getBean(InvitationService.class).accept(FamilyTestData.tokenOf(link), "test-" + UUID.randomUUID());
    }

    public void as(VillageUser user) {
        SignedIn.as(user.accountId(), user.displayName());
    }

    public void signOut() {
        SignedIn.nobody();
    }

    /** The application's clock; the fixture puts it back after the test. */
    public MutableClock clock() {
        if (clock == null) {
            throw new IllegalStateException("The family fixture is used before the test started");
        }
        return clock;
    }

    private void ensureSpace() {
        if (space == null) {
            var owner = stranger(motherName);
            as(owner);
            space = context().getBean(FamilyService.class).createSpace(SpaceForm.named(spaceName, zone.getId()));
            mother = owner;
        }
    }

    private FamilyTestData people() {
        if (people == null) {
            throw new IllegalStateException("The family fixture is used before the test started");
        }
        return people;
    }

    private ApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("The family fixture is used before the test started");
        }
        return context;
    }
}
