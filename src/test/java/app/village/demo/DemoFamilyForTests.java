package app.village.demo;

import app.village.account.AccountService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.family.FamilyService;
import app.village.family.InvitationService;
import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.shift.BreakService;
import app.village.shift.HandoffService;
import app.village.shift.RestService;
import app.village.shift.ShiftService;
import app.village.update.UpdateService;
import java.time.Clock;
import java.util.Map;

/**
 * The demo family of {@code seeds/demo}, loaded through the services for tests that need a lived-in space
 * (browser tests share one database, so it is loaded at most once per application context: the demo emails
 * can register only once).
 */
public record DemoFamilyForTests(SpaceId spaceId, String password, Map<String, VillageUser> peopleByEmail) {

    public static DemoFamilyForTests load(AccountService accounts, FamilyService families,
            InvitationService invitations, CareTaskWriteService taskWrites, CareTaskReadService taskReads,
            ShiftService shifts, BreakService breaks, RestService rest, HandoffService handoffs, UpdateService updates,
            Clock clock) {
        var family = DemoSeed.read();
        var loader = new DemoData(accounts, families, invitations, taskWrites, taskReads, shifts, breaks, rest,
                handoffs, updates, clock);
        var people = loader.register(family);
        var space = loader.loadSpace(family.space(), people);
        return new DemoFamilyForTests(space, family.password(), Map.copyOf(people));
    }
}
