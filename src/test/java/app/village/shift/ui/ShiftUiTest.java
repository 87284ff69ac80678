package app.village.shift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.shift.ShiftSummary;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.MutableClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless tests of the shift and rest pages, with families and shifts built through the services as people
 * would. Registering an account hashes a password, the slow part of a test's setup, so the people are
 * registered once per application context and shared; each test gets a family space of its own.
 *
 * <p>Shared people keep their bookings from test to test, and nobody may be on two shifts at once. So each
 * test runs on a week of its own: the clock stands at noon on a Wednesday, one week later than the test before,
 * and goes back to where it was afterwards ({@link FamilyFixture}). The forms take days within a year of today
 * only, so after {@value #WEEKS_PER_ROUND} weeks the weeks start over with newly registered people.
 */
abstract class ShiftUiTest extends KaribuUiTest {

    static final ZoneId FAMILY_ZONE = ZoneId.of("Europe/Helsinki");

    /** The week's day headings, as on the page: "Thursday, Mar 5". */
    static final DateTimeFormatter DAY_HEADING = DateTimeFormatter.ofPattern("EEEE, MMM d", Locale.US);

    /** The first Wednesday after today; test {@code n} runs {@code n % WEEKS_PER_ROUND} weeks later. */
    private static final LocalDate FIRST_WEDNESDAY =
            LocalDate.now(FAMILY_ZONE).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
    static final int WEEKS_PER_ROUND = 40;
    private static final AtomicInteger TESTS_STARTED = new AtomicInteger();

    /** Shared fixtures per application context: each context has its own database. */
    private static final Map<ApplicationContext, Map<String, Object>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Signs out and puts the clock back after each test; the people and spaces are this class's own. */
    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ApplicationContext applicationContext;
    @Autowired ShiftService shifts;
    @Autowired BreakService breakService;
    @Autowired RestService restService;
    @Autowired HandoffService handoffService;
    @Autowired MutableClock clock;

    private int round;

    /**
     * The mother (owner), her partner (organizer), her mother and her sister (supporters), and an uncle who
     * follows along (viewer), in a space of their own.
     */
    record Family(SpaceId spaceId, VillageUser mother, VillageUser organizer, VillageUser supporter,
            VillageUser secondSupporter, VillageUser viewer) {
    }

    @BeforeEach
    void aWednesdayNoonOfItsOwn() {
        var test = TESTS_STARTED.getAndIncrement();
        round = test / WEEKS_PER_ROUND;
        var wednesday = FIRST_WEDNESDAY.plusWeeks(test % WEEKS_PER_ROUND);
        clock.set(wednesday.atTime(LocalTime.NOON).atZone(FAMILY_ZONE).toInstant());
    }

    /** Built once per application context by {@code create}, then the same object for every test. */
    @SuppressWarnings("unchecked")
    <T> T shared(String key, Supplier<T> create) {
        var forContext = SHARED.computeIfAbsent(applicationContext, context -> new ConcurrentHashMap<>());
        synchronized (forContext) {
            var existing = forContext.get(key);
            if (existing == null) {
                existing = create.get();
                forContext.put(key, existing);
            }
            return (T) existing;
        }
    }

    /** A registered account, the same one for every test of this round of weeks that asks for this name. */
    VillageUser person(String displayName) {
        return shared("person:" + displayName + ":" + round, () -> newAccount(displayName));
    }

    /** A new space owned by Maya, with Sam organizing, Grandma Rose and Aunt Lena supporting and Uncle Bo viewing. */
    Family newFamily(String name) {
        var maya = person("Maya");
        var sam = person("Sam");
        var rose = person("Grandma Rose");
        var lena = person("Aunt Lena");
        var bo = person("Uncle Bo");
        var spaceId = spaceOf(maya, name);
        join(maya, spaceId, sam, "partner", FamilyRole.ORGANIZER);
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
        join(maya, spaceId, lena, "sister", FamilyRole.SUPPORTER);
        join(maya, spaceId, bo, "uncle", FamilyRole.VIEWER);
        return new Family(spaceId, maya, sam, rose, lena, bo);
    }

    /** A space owned by {@code owner}; leaves the owner signed in. */
    SpaceId spaceOf(VillageUser owner, String name) {
        return family.spaceOf(owner, name);
    }

    /** Invites {@code who} as the owner and accepts as her; leaves {@code who} signed in. */
    void join(VillageUser owner, SpaceId spaceId, VillageUser who, String relationship, FamilyRole role) {
        family.join(owner, spaceId, who, relationship, role);
    }

    /** Today in the family's time zone, by the application's (test) clock: a Wednesday. */
    LocalDate today() {
        return clock.instant().atZone(FAMILY_ZONE).toLocalDate();
    }

    /** A shift for one helper the organizer adds; leaves him signed in. */
    ShiftId organizerAdds(Family family, ShiftKind kind, LocalDate day, LocalTime start, LocalTime end) {
        return organizerAdds(family, new ShiftForm(kind, day, start, null, end, 1, ""));
    }

    ShiftId organizerAdds(Family family, ShiftForm form) {
        as(family.organizer());
        return shifts.create(family.spaceId(), form);
    }

    /** {@code who} takes a place through the service, as from her own phone; leaves her signed in. */
    void signsUp(VillageUser who, Family family, ShiftId shiftId) {
        as(who);
        shifts.signUp(family.spaceId(), shiftId);
    }

    /** The shifts of the week holding {@code day}, as {@code who} sees them. */
    List<ShiftSummary> weekAs(VillageUser who, Family family, LocalDate day) {
        as(who);
        return shifts.week(family.spaceId(), day, false);
    }

    /** Opens the app as {@code who} at {@code path}. */
    void open(VillageUser who, String path) {
        startAs(who);
        UI.getCurrent().navigate(path);
    }

    static String currentPath() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }

    /** Every text and attribute value in the page: what she could read, or find in the page source. */
    static String everythingInThePage() {
        var all = new StringBuilder();
        for (var component : _find(Component.class)) {
            var element = component.getElement();
            all.append(element.getTextRecursively()).append('\n');
            element.getAttributeNames().forEach(name -> all.append(element.getAttribute(name)).append('\n'));
            element.getPropertyNames().forEach(name -> all.append(element.getProperty(name)).append('\n'));
        }
        return all.toString();
    }

    static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    static List<String> buttonTexts(Component in) {
        return _find(in, Button.class).stream().map(Button::getText).toList();
    }

    static List<String> linkTexts(Component in) {
        return _find(in, Anchor.class).stream().map(a -> textOf(a).strip()).toList();
    }

    /** The heading of a section: its own H2, not one of a section inside it. */
    static Optional<String> headingOf(Section section) {
        return section.getChildren().filter(H2.class::isInstance).map(h -> ((H2) h).getText()).findFirst();
    }

    static List<String> sectionHeadings() {
        return _find(Section.class).stream().flatMap(s -> headingOf(s).stream()).toList();
    }

    static Optional<Section> findSection(String heading) {
        return _find(Section.class).stream().filter(s -> headingOf(s).filter(heading::equals).isPresent()).findFirst();
    }

    /** The page section under the heading {@code heading}. */
    static Section section(String heading) {
        return findSection(heading)
                .orElseThrow(() -> new AssertionError("No section \"" + heading + "\" in " + sectionHeadings()));
    }

    /** The column of the week for {@code day}. */
    static Section dayColumn(LocalDate day) {
        var heading = DAY_HEADING.format(day);
        return _find(Section.class, spec -> spec.withClasses("week-day")).stream()
                .filter(column -> headingOf(column).filter(h -> h.endsWith(heading)).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("No column for " + heading + " in " + sectionHeadings()));
    }

    static List<ShiftCard> cards(Component in) {
        return _find(in, ShiftCard.class);
    }

    static String titleOf(ShiftCard card) {
        return textOf(_find(card, Anchor.class).getFirst());
    }

    static List<String> titles(List<ShiftCard> cards) {
        return cards.stream().map(ShiftUiTest::titleOf).toList();
    }

    static ShiftCard card(Component in, String title) {
        return cards(in).stream()
                .filter(card -> titleOf(card).equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No card \"" + title + "\" in " + titles(cards(in))));
    }
}
