package app.village.reminder;

import app.village.account.MailRecipients;
import app.village.base.TextLocale;
import app.village.base.ui.TimeTexts;
import app.village.caretask.TasksTakenOn;
import app.village.family.SpaceNamesAndZones;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailOutbox;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.shift.PlacesHeld;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the reminders that have come: for each place held on a shift and each task with a start time someone
 * took on, her evening-before and before-the-start reminders (from her preferences, in the family's time), each
 * exactly once. A system job with nobody signed in: it reads through the shift and task features' system-side
 * reads, and each family's name and zone in one read. Each reminder is a {@link ReminderSent} row, a letter and a {@link ReminderDue} event (for the bell) in one transaction; the row's unique key turns a
 * second recording (another instance, a rerun) into a skip. Whether the item still stands is asked again when the
 * letter is sent ({@link ReminderStillStands}). Decision: docs/decisions/reminders-exactly-once.md.
 */
@Component
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    /** Far enough ahead for an evening-before reminder (up to two days before) and a lead of up to a day. */
    static final Duration LOOKAHEAD = Duration.ofDays(3);

    private final PlacesHeld places;
    private final TasksTakenOn tasks;
    private final SpaceNamesAndZones spaces;
    private final MailRecipients recipients;
    private final MailPreferencesService preferences;
    private final ReminderSentRepository sent;
    private final MailOutbox mail;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reminders(PlacesHeld places, TasksTakenOn tasks, SpaceNamesAndZones spaces, MailRecipients recipients,
            MailPreferencesService preferences, ReminderSentRepository sent, MailOutbox mail,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.places = places;
        this.tasks = tasks;
        this.spaces = spaces;
        this.recipients = recipients;
        this.preferences = preferences;
        this.sent = sent;
        this.mail = mail;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Records every reminder that has come and wasn't recorded yet; the schedule calls it, tests call it directly. */
    @Scheduled(cron = "${village.reminders.cron}")
    public void sendDue() {
        var now = clock.instant();
        var coming = Stream.concat(
                places.startingBetween(now, now.plus(LOOKAHEAD)).stream().map(Commitment::of),
                tasks.startingBetween(now, now.plus(LOOKAHEAD)).stream().map(Commitment::of)).toList();
        if (coming.isEmpty()) {
            return;
        }
        var spaceOf = spaces.of(coming.stream().map(Commitment::spaceId).distinct().toList());
        var preferencesOf = preferences.ofAll(coming.stream().map(Commitment::accountId).distinct().toList());
        var alreadyRecorded =
                new HashSet<>(sent.findKeysOfItems(coming.stream().map(Commitment::itemId).distinct().toList()));
        var due = new ArrayList<Due>();
        for (var item : coming) {
            var space = spaceOf.get(item.spaceId());
            if (space == null) {
                continue; // the space is being deleted
            }
            var wants = preferencesOf.getOrDefault(item.accountId(), MailPreferences.defaults());
            ReminderTimes.latestCome(wants, space.zone(), item.startsAt(), now)
                    .filter(moment -> !alreadyRecorded.contains(ReminderKey.of(item, moment.moment())))
                    .ifPresent(moment -> due.add(new Due(item, moment.moment(), space.zone(), space.name())));
        }
        if (!due.isEmpty()) {
            record(due);
        }
    }

    private void record(List<Due> due) {
        var to = recipients.of(due.stream().map(each -> each.item().accountId()).distinct().toList());
        int recorded = 0;
        for (var each : due) {
            var recipient = to.get(each.item().accountId());
            if (recipient == null) {
                continue; // her account was deleted meanwhile
            }
            try {
                transactions.executeWithoutResult(status -> {
                    var row = sent.saveAndFlush(new ReminderSent(each.item(), each.moment(), clock.instant()));
                    mail.record(letter(each, recipient, row));
                    events.publishEvent(dueEvent(each.item(), row));
                });
                recorded++;
            } catch (DataIntegrityViolationException alreadyRecorded) {
                // Another instance recorded this one first: its letter is the one.
                log.debug("Reminder {} for {} {} already recorded", each.moment(), each.item().kind(),
                        each.item().itemId());
            }
        }
        if (recorded > 0) {
            log.info("Reminders recorded: {}", recorded);
        }
    }

    private static Letter letter(Due due, MailRecipients.Recipient recipient, ReminderSent row) {
        var item = due.item();
        return Letter.of(MailKind.REMINDER, item.kind().template(), recipient.email(), recipient.accountId())
                .with("name", recipient.displayName())
                .with("title", item.title())
                .with("when", TimeTexts.longDayAtTime(item.startsAt().atZone(due.zone())))
                .with("path", item.path())
                .inFamily(due.family())
                .checkedBy(ReminderStillStands.PURPOSE, row.getId())
                .about("reminder:" + item.kind().name().toLowerCase(TextLocale.DEFAULT) + ":" + item.itemId());
    }

    private static ReminderDue dueEvent(Commitment item, ReminderSent row) {
        var what = item.kind() == ItemKind.SHIFT ? ReminderDue.Item.SHIFT : ReminderDue.Item.TASK;
        return new ReminderDue(row.getId(), item.accountId(), item.spaceId(), what, item.itemId(), item.startsAt());
    }

    private record Due(Commitment item, ReminderMoment moment, ZoneId zone, String family) {
    }
}
