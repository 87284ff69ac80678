package app.village.shift;

import app.village.account.MailRecipients;
import app.village.base.TextLocale;
import app.village.family.SpaceId;
import app.village.family.SpaceNames;
import app.village.family.SpaceZones;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.notification.MailPreferencesService;
import app.village.shift.ui.ShiftNavigation;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * "Changes to things I'm on": when a shift with people on it is cancelled or moves to another time, each of them
 * except whoever made the change gets one short letter, recorded in the same transaction as the change. Her
 * reminders for the old time are stopped when they would be sent (the reminder feature asks the shift again).
 */
@Component
class ShiftChangeNotices {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", TextLocale.DEFAULT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", TextLocale.DEFAULT);

    private final MailOutbox mail;
    private final MailPreferencesService preferences;
    private final MailRecipients recipients;
    private final SpaceNames spaceNames;
    private final SpaceZones zones;

    ShiftChangeNotices(MailOutbox mail, MailPreferencesService preferences, MailRecipients recipients,
            SpaceNames spaceNames, SpaceZones zones) {
        this.mail = mail;
        this.preferences = preferences;
        this.recipients = recipients;
        this.spaceNames = spaceNames;
        this.zones = zones;
    }

    /**
     * Before {@link CareShift#change}: tells its people if it moves to {@code times}. The checks that may refuse
     * the change come first, so a refused change tells nobody; and a refusal after this rolls the letters back.
     */
    void beforeMove(CareShift shift, ShiftTimes times, Collection<ShiftSignup> places, UUID changer) {
        if (times.startsAt().equals(shift.getStartsAt()) && times.endsAt().equals(shift.getEndsAt())) {
            return; // only the wording or the number of places changed
        }
        var zone = zones.zonesOf(List.of(shift.getSpaceId())).get(shift.getSpaceId());
        if (zone == null) {
            return;
        }
        tell(shift, places, changer, "shift-changed", ShiftNavigation.shiftPath(SpaceId.of(shift.getSpaceId()),
                ShiftId.of(shift.getId())), Map.of(
                        "before", WHEN.format(shift.getStartsAt().atZone(zone)),
                        "when", WHEN.format(times.startsAt().atZone(zone)),
                        "until", CLOCK.format(times.endsAt().atZone(zone))));
    }

    /** A shift cancelled with people on it: each of them but the one who cancelled it hears. */
    void cancelled(CareShift shift, Collection<ShiftSignup> places, UUID changer) {
        var zone = zones.zonesOf(List.of(shift.getSpaceId())).get(shift.getSpaceId());
        if (zone == null) {
            return;
        }
        tell(shift, places, changer, "shift-cancelled", ShiftNavigation.shiftsPath(SpaceId.of(shift.getSpaceId())),
                Map.of("when", WHEN.format(shift.getStartsAt().atZone(zone))));
    }

    private void tell(CareShift shift, Collection<ShiftSignup> places, UUID changer, String template, String path,
            Map<String, String> values) {
        var others = places.stream().map(ShiftSignup::getAccountId).filter(id -> !id.equals(changer))
                .filter(id -> preferences.of(id).wants(MailKind.CHANGES, false))
                .distinct().toList();
        if (others.isEmpty()) {
            return;
        }
        var people = recipients.of(Stream.concat(others.stream(), Stream.of(changer)).toList());
        var family = spaceNames.of(List.of(shift.getSpaceId())).get(shift.getSpaceId());
        var byWhom = people.get(changer);
        for (var id : others) {
            var to = people.get(id);
            if (to == null) {
                continue;
            }
            var letter = Letter.of(MailKind.CHANGES, template, to.email(), id)
                    .with("name", to.displayName())
                    .with("title", shift.title())
                    .with("changer", byWhom == null ? "Someone" : byWhom.displayName())
                    .with("path", path)
                    .about("shift-change:" + shift.getId());
            for (var value : values.entrySet()) {
                letter = letter.with(value.getKey(), value.getValue());
            }
            mail.record(family == null ? letter : letter.inFamily(family));
        }
    }
}
