package app.village.bell;

import app.village.base.SystemSide;
import app.village.base.TextLocale;
import app.village.base.ui.LivePages;
import app.village.base.ui.TimeTexts;
import app.village.caretask.TaskClaimed;
import app.village.caretask.TaskHandedBack;
import app.village.caretask.TaskId;
import app.village.caretask.ui.CareTaskNavigation;
import app.village.family.FamilyPermission;
import app.village.family.InvitedByMail;
import app.village.family.MemberLeft;
import app.village.family.RoleChanged;
import app.village.family.SpaceId;
import app.village.family.SpaceNamesAndZones;
import app.village.family.SpacesForDigest;
import app.village.family.ui.FamilyNavigation;
import app.village.reminder.ReminderDue;
import app.village.shift.BreakAsked;
import app.village.shift.HandoffWritten;
import app.village.shift.OfferAccepted;
import app.village.shift.ShiftCancelled;
import app.village.shift.ShiftChanged;
import app.village.shift.ShiftId;
import app.village.shift.ui.ShiftNavigation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears the features' events after they commit (Spring Modulith's publication registry keeps each until it was
 * heard, across a restart) and rings for the people each concerns, never for the one who did it. The words are
 * written now, from the family's names as its members see them; only people still in the space's circle are rung.
 * System side ({@link SystemSide}): it runs with nobody signed in and reads names through system-side reads.
 * <p>Decision: docs/decisions/the-bell.md.
 */
@SystemSide
@Component
class BellRinger {

    private static final String SOMEONE = "Someone";
    private static final String START_PAGE = "";

    private final Bell bell;
    private final BellEntryRepository entries;
    private final SpaceNamesAndZones spaces;
    private final SpacesForDigest circles;
    private final LivePages pages;

    BellRinger(Bell bell, BellEntryRepository entries, SpaceNamesAndZones spaces, SpacesForDigest circles,
            LivePages pages) {
        this.bell = bell;
        this.entries = entries;
        this.spaces = spaces;
        this.circles = circles;
        this.pages = pages;
    }

    /**
     * Someone with an account was invited by mail: she isn't in the circle yet, and the invitation's page needs the
     * link from the mail (only its hash is kept), so the entry points to her start page and to that mail.
     */
    @ApplicationModuleListener
    void on(InvitedByMail event) {
        var invitee = event.inviteeAccountId();
        if (invitee == null || invitee.equals(event.by())) {
            return;
        }
        var space = spaces.of(List.of(event.spaceId())).get(event.spaceId());
        if (space == null) {
            return;
        }
        var by = nameIn(event.spaceId(), event.by());
        bell.ring(List.of(new Ring(invitee, event.spaceId(), BellKind.INVITED, event.invitationId(), space.name(),
                space.zone(), by + " invited you to join " + space.name() + ". The link is in the email we sent you.",
                START_PAGE)));
    }

    @ApplicationModuleListener
    void on(RoleChanged event) {
        var space = new SpaceId(event.spaceId());
        // A role she changed herself is no news to her.
        ring(event.spaceId(), event.by(), List.of(event.accountId()), BellKind.ROLE_CHANGED, event.spaceId(),
                by -> "You are now " + article(event.to().label()) + " "
                        + event.to().label().toLowerCase(TextLocale.DEFAULT) + " in this family.",
                FamilyNavigation.homePath(space));
    }

    @ApplicationModuleListener
    void on(TaskClaimed event) {
        ring(event.spaceId(), event.by(), listOf(event.postedBy()), BellKind.TASK_TAKEN, event.taskId(),
                by -> by + " took on a task you asked for.",
                CareTaskNavigation.taskPath(new SpaceId(event.spaceId()), new TaskId(event.taskId())));
    }

    @ApplicationModuleListener
    void on(TaskHandedBack event) {
        ring(event.spaceId(), event.by(), listOf(event.postedBy()), BellKind.TASK_HANDED_BACK, event.taskId(),
                by -> by + " handed back a task you asked for. It is open again.",
                CareTaskNavigation.taskPath(new SpaceId(event.spaceId()), new TaskId(event.taskId())));
    }

    @ApplicationModuleListener
    void on(ShiftChanged event) {
        if (event.shiftIds().isEmpty()) {
            return;
        }
        var first = event.shiftIds().getFirst();
        ring(event.spaceId(), event.by(), event.helpers(), BellKind.SHIFT_CHANGED, first,
                by -> event.shiftIds().size() == 1 ? by + " changed a shift you are on."
                        : by + " changed shifts you are on.",
                ShiftNavigation.shiftPath(new SpaceId(event.spaceId()), new ShiftId(first)));
    }

    @ApplicationModuleListener
    void on(ShiftCancelled event) {
        if (event.shiftIds().isEmpty()) {
            return;
        }
        // The shift is gone: the week shows what stands now.
        ring(event.spaceId(), event.by(), event.helpers(), BellKind.SHIFT_CANCELLED, event.shiftIds().getFirst(),
                by -> event.shiftIds().size() == 1 ? by + " cancelled a shift you were on. You don't need to go."
                        : by + " cancelled shifts you were on. You don't need to go.",
                ShiftNavigation.shiftsPath(new SpaceId(event.spaceId())));
    }

    /** She asked for a break: everyone who may take a shift hears of it (owners, organizers, supporters), not her. */
    @ApplicationModuleListener
    void on(BreakAsked event) {
        var circle = circles.membersOf(List.of(event.spaceId())).getOrDefault(event.spaceId(), List.of());
        var mayCover = circle.stream()
                .filter(member -> FamilyPermission.CLAIM_CARE.allows(member.role(), false))
                .map(SpacesForDigest.Member::accountId)
                .toList();
        ring(event.spaceId(), event.by(), mayCover, BellKind.BREAK_ASKED, event.shiftId(),
                by -> by + " asked for a break. Could you cover it?",
                ShiftNavigation.shiftPath(new SpaceId(event.spaceId()), new ShiftId(event.shiftId())));
    }

    @ApplicationModuleListener
    void on(OfferAccepted event) {
        ring(event.spaceId(), event.by(), List.of(event.offeredBy()), BellKind.OFFER_ACCEPTED, event.shiftId(),
                by -> by + " said yes to the break you offered. Thank you!",
                ShiftNavigation.shiftPath(new SpaceId(event.spaceId()), new ShiftId(event.shiftId())));
    }

    @ApplicationModuleListener
    void on(HandoffWritten event) {
        ring(event.spaceId(), event.by(), event.onTheShift(), BellKind.HANDOFF_WRITTEN, event.handoffId(),
                by -> by + " wrote a handoff for a shift you are on.",
                ShiftNavigation.shiftPath(new SpaceId(event.spaceId()), new ShiftId(event.shiftId())));
    }

    @ApplicationModuleListener
    void on(ReminderDue event) {
        var space = spaces.of(List.of(event.spaceId())).get(event.spaceId());
        if (space == null) {
            return;
        }
        var when = TimeTexts.longDayAtTime(event.startsAt().atZone(space.zone()));
        var spaceId = new SpaceId(event.spaceId());
        var shift = event.item() == ReminderDue.Item.SHIFT;
        ring(event.spaceId(), null, List.of(event.accountId()), BellKind.REMINDER, event.reminderId(),
                by -> shift ? "Reminder: your shift starts " + when + "." : "Reminder: your task starts " + when + ".",
                shift ? ShiftNavigation.shiftPath(spaceId, new ShiftId(event.itemId()))
                        : CareTaskNavigation.taskPath(spaceId, new TaskId(event.itemId())));
    }

    /**
     * She is out of the circle: what the bell held for her there goes (her account's deletion cascades), and her
     * open pages' count follows once that has committed.
     */
    @ApplicationModuleListener
    void on(MemberLeft event) {
        if (entries.deleteOfSpace(event.spaceId(), event.accountId()) > 0) {
            countChangedAfterCommit(event.accountId());
        }
    }

    private void countChangedAfterCommit(UUID her) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pages.personChanged(her); // called without the listener's transaction (a test): it has committed
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pages.personChanged(her);
            }
        });
    }

    /**
     * Rings for each of {@code recipients} still in the space's circle, except {@code by}; {@code text} gets the
     * name of who did it (as the family pages show it).
     */
    private void ring(UUID spaceId, @Nullable UUID by, Collection<UUID> recipients, BellKind kind, UUID subjectId,
            Function<String, String> text, String link) {
        var concerned = recipients.stream().filter(who -> !who.equals(by)).distinct().toList();
        if (concerned.isEmpty()) {
            return;
        }
        var space = spaces.of(List.of(spaceId)).get(spaceId);
        if (space == null) {
            return; // the space is gone
        }
        Map<UUID, String> names = circles.membersOf(List.of(spaceId)).getOrDefault(spaceId, List.of()).stream()
                .collect(Collectors.toMap(SpacesForDigest.Member::accountId, SpacesForDigest.Member::displayName));
        var words = text.apply(by == null ? SOMEONE : names.getOrDefault(by, SOMEONE));
        var rings = new ArrayList<Ring>();
        for (var recipient : concerned) {
            if (names.containsKey(recipient)) {
                rings.add(new Ring(recipient, spaceId, kind, subjectId, space.name(), space.zone(), words, link));
            }
        }
        bell.ring(rings);
    }

    private String nameIn(UUID spaceId, UUID accountId) {
        return circles.membersOf(List.of(spaceId)).getOrDefault(spaceId, List.of()).stream()
                .filter(member -> member.accountId().equals(accountId))
                .map(SpacesForDigest.Member::displayName)
                .findFirst().orElse(SOMEONE);
    }

    private static List<UUID> listOf(@Nullable UUID someone) {
        return someone == null ? List.of() : List.of(someone);
    }

    private static String article(String word) {
        return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
