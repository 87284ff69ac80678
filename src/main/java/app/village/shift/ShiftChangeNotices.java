package app.village.shift;

import app.village.account.AccountService;
import app.village.base.ui.TimeTexts;
import app.village.family.FamilyService;
import app.village.family.MemberContext;
import app.village.family.SpaceId;
import app.village.family.StillAMember;
import app.village.notification.ChangeLetters;
import app.village.notification.Letter;
import app.village.shift.ui.ShiftNavigation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Changes to things I'm on": when a shift with people on it is cancelled or moves to another time, each of them
 * except whoever made the change hears, once per edit: an edit to a repeating shift that moves twenty days writes
 * each helper one letter listing them ({@link ChangeLetters}). Recorded in the same transaction as the change, and
 * sent only while she is still in the family. It runs in the changer's request, so it reads names and the family
 * through the member-facing services. Her reminders for the old time are stopped when they would be sent (the
 * reminder feature asks the shift again). The same notes make the edit's one {@link ShiftChanged} and one
 * {@link ShiftCancelled} for everyone else (ids only), published with it.
 */
@Component
class ShiftChangeNotices {

    private final ChangeLetters letters;
    private final AccountService accounts;
    private final FamilyService families;
    private final ApplicationEventPublisher events;

    ShiftChangeNotices(ChangeLetters letters, AccountService accounts, FamilyService families,
            ApplicationEventPublisher events) {
        this.letters = letters;
        this.accounts = accounts;
        this.families = families;
        this.events = events;
    }

    /** The notes of one edit by the signed-in member {@code me}: what it changes, told when {@link Notes#send}. */
    Notes edit(MemberContext me) {
        return new Notes(me, letters.edit(me.accountId(), new Letter.CheckRef(StillAMember.PURPOSE, me.spaceId())));
    }

    /** Runs one edit by {@code me} that notes its changes, then tells the people on the changed shifts. */
    void around(MemberContext me, Consumer<Notes> edit) {
        var notes = edit(me);
        edit.accept(notes);
        notes.send();
    }

    /** What one edit changes for the people on its shifts; {@link #send} publishes its events, records the letters. */
    final class Notes {

        private final MemberContext me;
        private final ChangeLetters.Edit edit;
        private final Touched changed = new Touched();
        private final Touched cancelled = new Touched();

        private Notes(MemberContext me, ChangeLetters.Edit edit) {
            this.me = me;
            this.edit = edit;
        }

        /**
         * Before {@link CareShift#change}: notes that the shift moves to {@code times}, for its people. The checks
         * that may refuse the change come first; a refusal after this rolls the whole edit back, letters and all.
         */
        void beforeMove(CareShift shift, ShiftTimes times, Collection<ShiftSignup> places) {
            changed.add(shift, places);
            if (times.startsAt().equals(shift.getStartsAt()) && times.endsAt().equals(shift.getEndsAt())) {
                return; // only the wording or the number of places changed
            }
            var before = TimeTexts.longDayAtTime(shift.getStartsAt().atZone(me.zone()));
            var when = TimeTexts.longDayAtTime(times.startsAt().atZone(me.zone()));
            var until = TimeTexts.time(times.endsAt().atZone(me.zone()));
            var change = new ChangeLetters.Change("shift-changed",
                    Map.of("title", shift.title(), "before", before, "when", when, "until", until),
                    ShiftNavigation.shiftPath(SpaceId.of(shift.getSpaceId()), ShiftId.of(shift.getId())),
                    "shift-change:" + shift.getId(),
                    "• " + shortWhen(shift) + ": now " + TimeTexts.shortDayAtTime(times.startsAt().atZone(me.zone()))
                            + " until " + until);
            places.forEach(place -> edit.note(place.getAccountId(), change));
        }

        /** A shift cancelled with people on it: each of them but the one who cancelled it hears. */
        void cancelled(CareShift shift, Collection<ShiftSignup> places) {
            cancelled.add(shift, places);
            var change = new ChangeLetters.Change("shift-cancelled",
                    Map.of("title", shift.title(),
                            "when", TimeTexts.longDayAtTime(shift.getStartsAt().atZone(me.zone()))),
                    ShiftNavigation.shiftsPath(SpaceId.of(shift.getSpaceId())),
                    "shift-change:" + shift.getId(),
                    "• " + shortWhen(shift) + ": cancelled");
            places.forEach(place -> edit.note(place.getAccountId(), change));
        }

        /** A new day a repeating shift's edit laid out: nobody is on it yet, so only the event carries it. */
        void added(CareShift shift) {
            changed.add(shift, List.of());
        }

        /**
         * At the end of the edit, in its transaction: its events, and one letter per person it changed something
         * for.
         */
        void send() {
            var space = me.spaceId();
            if (!changed.shiftIds.isEmpty()) {
                events.publishEvent(new ShiftChanged(space, changed.shiftIds, me.accountId(), List.copyOf(changed.helpers)));
            }
            if (!cancelled.shiftIds.isEmpty()) {
                events.publishEvent(new ShiftCancelled(space, cancelled.shiftIds, me.accountId(),
                        List.copyOf(cancelled.helpers)));
            }
            sendLetters();
        }

        private void sendLetters() {
            var people = edit.people();
            if (people.isEmpty()) {
                return;
            }
            var ids = new HashSet<>(people);
            ids.add(me.accountId());
            var names = accounts.namesOf(ids);
            var changer = names.get(me.accountId());
            var space = SpaceId.of(me.spaceId());
            edit.send(names.values().stream().collect(Collectors.toMap(name -> name.id(),
                            name -> new ChangeLetters.Person(name.email(), name.displayName()))),
                    changer == null ? "Someone" : changer.displayName(), families.space(space).name(),
                    new ChangeLetters.Listing("shift-changes", ShiftNavigation.shiftsPath(space)));
        }

        private String shortWhen(CareShift shift) {
            return TimeTexts.shortDayAtTime(shift.getStartsAt().atZone(me.zone()));
        }
    }

    /** The shifts one edit changed (or cancelled) and the people on them, for its event. */
    private static final class Touched {

        private final List<UUID> shiftIds = new ArrayList<>();
        private final LinkedHashSet<UUID> helpers = new LinkedHashSet<>();

        void add(CareShift shift, Collection<ShiftSignup> places) {
            shiftIds.add(shift.getId());
            places.forEach(place -> helpers.add(place.getAccountId()));
        }
    }
}
