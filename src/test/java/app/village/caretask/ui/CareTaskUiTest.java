package app.village.caretask.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import app.village.caretask.CareTaskWriteService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskId;
import app.village.caretask.TaskSummary;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.InvitationService;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.KaribuUiTest;
import app.village.testsupport.MutableClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Browserless tests of the care-task pages, with families and tasks built through the services as people
 * would. Registering an account hashes a password, the slow part of a test's setup, so the people are
 * registered once per application context and shared; each test gets a family space of its own.
 */
abstract class CareTaskUiTest extends KaribuUiTest {

    static final ZoneId FAMILY_ZONE = ZoneId.of("Europe/Helsinki");

    /** Shared fixtures per application context: each context has its own database. */
    private static final Map<ApplicationContext, Map<String, Object>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** Signs out and puts the clock back after each test; the people and spaces are this class's own. */
    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ApplicationContext applicationContext;
    @Autowired FamilyService familyService;
    @Autowired InvitationService invitationService;
    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired MutableClock clock;

    /** The mother, her mother (a supporter) and an uncle who follows along (a viewer), in a space of their own. */
    record Family(SpaceId spaceId, VillageUser mother, VillageUser supporter, VillageUser viewer) {
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

    /** A registered account, the same one for every test that asks for this name. */
    VillageUser person(String displayName) {
        return shared("person:" + displayName, () -> newAccount(displayName));
    }

    /** A new space owned by Maya, with Grandma Rose as a supporter and Uncle Bo as a viewer. */
    Family newFamily(String name) {
        var maya = person("Maya");
        var rose = person("Grandma Rose");
        var bo = person("Uncle Bo");
        var spaceId = spaceOf(maya, name);
        join(maya, spaceId, rose, "grandmother", FamilyRole.SUPPORTER);
        join(maya, spaceId, bo, "uncle", FamilyRole.VIEWER);
        return new Family(spaceId, maya, rose, bo);
    }

    /** A space owned by {@code owner}; leaves the owner signed in. */
    SpaceId spaceOf(VillageUser owner, String name) {
        return family.spaceOf(owner, name);
    }

    /** Invites {@code who} as the owner and accepts as her; leaves {@code who} signed in. */
    void join(VillageUser owner, SpaceId spaceId, VillageUser who, String relationship, FamilyRole role) {
        family.join(owner, spaceId, who, relationship, role);
    }

    /** Today in the family's time zone, by the application's (test) clock. */
    LocalDate today() {
        return clock.instant().atZone(FAMILY_ZONE).toLocalDate();
    }

    /** An open task the mother adds; leaves her signed in. */
    TaskId motherAdds(Family family, TaskForm form) {
        as(family.mother());
        return taskWrites.create(family.spaceId(), form);
    }

    /** A one-off task at midday, so a test never depends on whether it runs at night (night work counts double). */
    static TaskForm atNoon(String title, TaskCategory category, LocalDate day, int minutes) {
        return TaskForm.once(title, category, "", day, minutes).withTimes(LocalTime.NOON, LocalTime.of(13, 0));
    }

    List<TaskSummary> tasksAs(VillageUser who, SpaceId spaceId) {
        as(who);
        return taskReads.tasks(spaceId);
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

    static List<String> linkTexts(Component in) {
        return _find(in, Anchor.class).stream().map(a -> textOf(a).strip()).toList();
    }

    static Anchor link(Component in, String text) {
        return _find(in, Anchor.class).stream()
                .filter(a -> textOf(a).strip().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link \"" + text + "\" in " + linkTexts(in)));
    }

    /** The page section under the heading {@code heading}. */
    static Section section(String heading) {
        return _find(Section.class).stream()
                .filter(section -> _find(section, H2.class).stream().anyMatch(h -> h.getText().equals(heading)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No section \"" + heading + "\""));
    }

    static List<TaskCard> cards(Component in) {
        return _find(in, TaskCard.class);
    }

    static List<String> titles(List<TaskCard> cards) {
        return cards.stream().map(card -> textOf(_find(card, Anchor.class).getFirst())).toList();
    }

    static TaskCard card(Component in, String title) {
        return cards(in).stream()
                .filter(card -> textOf(_find(card, Anchor.class).getFirst()).equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No card \"" + title + "\" in " + titles(cards(in))));
    }
}
