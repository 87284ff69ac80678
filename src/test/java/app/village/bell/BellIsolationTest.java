package app.village.bell;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.base.NoLongerAvailableException;
import app.village.caretask.TaskClaimed;
import app.village.family.FamilyRole;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.IsolationHarness;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * Entries are hers alone: Anna, signed in, never sees, counts or marks Maya's entries, whatever id she passes, and
 * "mark all" touches only her own. {@link BellService} takes no space, so every method is scoped by the signed-in
 * person; a new public method fails {@link #everyPublicMethodIsCovered}.
 */
@IntegrationTest
class BellIsolationTest {

    static final IsolationHarness ISOLATION = IsolationHarness.of(List.of(BellService.class));

    @RegisterExtension final FamilyFixture theirs =
            new FamilyFixture().named("The Hidden family").motherNamed("Maya Secretname");
    @RegisterExtension final FamilyFixture ours = new FamilyFixture().named("Anna's family").motherNamed("Anna");

    @Autowired BellService bell;
    @Autowired BellRinger ringerBean;

    VillageUser maya;
    VillageUser anna;
    BellEntryId mayasEntry;

    @BeforeEach
    void twoFamilies() {
        maya = theirs.mother();
        var rose = theirs.person("Rose Secretname", FamilyRole.SUPPORTER);
        BellRinger ringer = AopTestUtils.getTargetObject(ringerBean);
        ringer.on(new TaskClaimed(theirs.space().value(), UUID.randomUUID(), rose.accountId(), maya.accountId()));
        ringer.on(new TaskClaimed(theirs.space().value(), UUID.randomUUID(), rose.accountId(), maya.accountId()));
        theirs.as(maya);
        mayasEntry = bell.mine(0).notes().getFirst().id();

        anna = ours.mother();
        var ben = ours.person("Ben", FamilyRole.SUPPORTER);
        ringer.on(new TaskClaimed(ours.space().value(), UUID.randomUUID(), ben.accountId(), anna.accountId()));
        ours.as(anna);
    }

    /** Each public method that takes an entry id, called by Anna with Maya's. */
    Map<String, Runnable> callsWithMayasIds() {
        var calls = new LinkedHashMap<String, Runnable>();
        calls.put("markRead", () -> bell.markRead(mayasEntry));
        return calls;
    }

    @Test
    void annaSeesCountsAndMarksOnlyHerOwn() {
        IsolationHarness.assertEachRefused(callsWithMayasIds(), "%s with Maya's entry", (name, refused) -> refused
                .isInstanceOf(NoLongerAvailableException.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("Secret")));

        assertThat(bell.mine(0).notes()).singleElement()
                .satisfies(note -> assertThat(note.familyName()).isEqualTo("Anna's family"));
        assertThat(bell.unreadCount()).isOne();
        bell.markAllRead();
        assertThat(bell.unreadCount()).isZero();

        theirs.as(maya);
        assertThat(bell.unreadCount()).isEqualTo(2);
        assertThat(bell.mine(0).notes()).hasSize(2).allMatch(BellNote::unread);
    }

    @Test
    void everyPublicMethodIsCovered() {
        ISOLATION.assertEveryServiceOfThePackageIsListed();
        assertThat(ISOLATION.publicMethods()).hasSizeGreaterThanOrEqualTo(4);
        var calls = new LinkedHashMap<>(callsWithMayasIds());
        calls.put("mine", () -> bell.mine(0));
        calls.put("unreadCount", bell::unreadCount);
        calls.put("markAllRead", bell::markAllRead);
        ISOLATION.assertEveryMethodIsCalled(calls, "by Anna");
        ISOLATION.assertEveryMethodTakingAnIdIsCalled(callsWithMayasIds(), "with Maya's ids");
    }
}
