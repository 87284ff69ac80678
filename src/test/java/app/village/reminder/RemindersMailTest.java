package app.village.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.account.MailRecipients;
import app.village.base.Repeat;
import app.village.base.RepeatForm;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.notification.Letter;
import app.village.notification.MailDelivery;
import app.village.notification.MailKind;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.notification.OutboxForTests;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders and change notices through a real SMTP server (GreenMail on loopback), at the right moments of a
 * family in Berlin, across both clock changes of 2026. Rose holds the place; each test reads only her mail, so
 * shifts of earlier tests in this context don't matter.
 */
class RemindersMailTest extends LoopbackSmtp {

    /** Sunday, March 29, 2026: Berlin's clocks go forward at 02:00. */
    static final LocalDate SPRING_SUNDAY = LocalDate.of(2026, 3, 29);
    /** Sunday, October 25, 2026: Berlin's clocks go back at 03:00. */
    static final LocalDate AUTUMN_SUNDAY = LocalDate.of(2026, 10, 25);

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone("Europe/Berlin");

    @Autowired Reminders reminders;
    @Autowired MailDelivery delivery;
    @Autowired OutboxForTests outbox;
    @Autowired MailRecipients recipients;
    @Autowired ShiftService shifts;
    @Autowired CareTaskWriteService tasks;
    @Autowired CareTaskReadService taskReads;
    @Autowired ReminderSentRepository sent;
    @Autowired TransactionTemplate transactions;
    @Autowired MailPreferencesService preferences;
    @Autowired FamilyService families;

    VillageUser rose;
    String roseAddress;

    /** The family with Rose, made at {@code now}; the mother is signed in afterwards. */
    void familyAt(String now) {
        family.clock().set(Instant.parse(now));
        family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        roseAddress = recipients.of(List.of(rose.accountId())).get(rose.accountId()).email();
        family.as(family.mother());
    }

    /** A night shift from 19:00 to 07:00 on {@code day}, with Rose on it. */
    ShiftId nightWithRose(LocalDate day) {
        family.as(family.mother());
        var shift = shifts.create(family.space(), night(day, 19));
        family.as(rose);
        shifts.signUp(family.space(), shift);
        family.as(family.mother());
        return shift;
    }

    static ShiftForm night(LocalDate day, int startHour) {
        return new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(startHour, 0), null, LocalTime.of(7, 0), 2, "");
    }

    /** Records what is due at {@code instant} and sends it. */
    void at(String instant) {
        family.clock().set(Instant.parse(instant));
        reminders.sendDue();
        delivery.deliverDue();
    }

    List<Letter> remindersRecordedFor(String address) {
        return outbox.lettersTo(address).stream().filter(letter -> letter.kind() == MailKind.REMINDER).toList();
    }

    List<MimeMessage> arrivedFor(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<String> subjectsFor(String address) {
        return arrivedFor(address).stream().map(RemindersMailTest::subject).toList();
    }

    List<String> remindersArrivedFor(String address) {
        return subjectsFor(address).stream().filter(subject -> subject.contains("Reminder:")).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theNightOfTheSpringChangeIsRemindedAtSixTheEveningBeforeAndAtSixOnTheDay() {
        familyAt("2026-03-27T10:00:00Z");
        nightWithRose(SPRING_SUNDAY);

        at("2026-03-28T16:59:00Z"); // 17:59 in Berlin (winter time)
        assertThat(subjectsFor(roseAddress)).isEmpty();

        at("2026-03-28T17:00:30Z"); // 18:00 in Berlin
        assertThat(remindersArrivedFor(roseAddress))
                .containsExactly("The Rivera family: Reminder: Night shift, Sunday, March 29 at 7:00 PM");

        at("2026-03-29T15:59:00Z"); // 17:59 in Berlin (summer time since 02:00)
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);

        at("2026-03-29T16:00:30Z"); // 18:00 in Berlin, an hour before 19:00
        assertThat(remindersArrivedFor(roseAddress)).hasSize(2);
        assertThat(remindersRecordedFor(roseAddress)).extracting(Letter::template)
                .containsExactly("reminder-shift", "reminder-shift");
    }

    @Test
    void theNightOfTheAutumnChangeIsRemindedAtSixInSummerTimeAndAtSixInWinterTime() {
        familyAt("2026-10-22T10:00:00Z");
        nightWithRose(AUTUMN_SUNDAY);

        at("2026-10-24T15:59:00Z"); // 17:59 in Berlin (summer time)
        assertThat(subjectsFor(roseAddress)).isEmpty();

        at("2026-10-24T16:00:30Z"); // 18:00 in Berlin
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);

        at("2026-10-25T16:59:00Z"); // 17:59 in Berlin (winter time since 03:00)
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);

        at("2026-10-25T17:00:30Z"); // 18:00 in Berlin, an hour before 19:00
        assertThat(remindersArrivedFor(roseAddress)).hasSize(2);
    }

    @Test
    void theReminderMailNamesTheFamilyTheShiftAndItsPage() throws Exception {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);

        at("2026-03-28T17:01:00Z");

        var mail = arrivedFor(roseAddress);
        assertThat(mail).hasSize(1);
        var text = GreenMailText.of(mail.getFirst());
        assertThat(text).contains("Hello Rose", "you're on Night shift, Sunday, March 29 at 7:00 PM")
                .contains("family/" + family.space() + "/shifts/" + shift);
    }

    @Test
    void runningTheJobTwiceRecordsOneReminder() {
        familyAt("2026-03-27T10:00:00Z");
        nightWithRose(SPRING_SUNDAY);
        family.clock().set(Instant.parse("2026-03-28T17:01:00Z"));

        reminders.sendDue();
        reminders.sendDue();
        delivery.deliverDue();
        at("2026-03-28T17:02:00Z");

        assertThat(remindersRecordedFor(roseAddress)).hasSize(1);
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);
    }

    @Test
    void aShiftCancelledAMinuteBeforeItsReminderGetsNone() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);

        family.clock().set(Instant.parse("2026-03-28T16:59:00Z"));
        shifts.cancel(family.space(), shift);
        at("2026-03-28T17:00:30Z");
        at("2026-03-29T16:00:30Z");

        assertThat(remindersRecordedFor(roseAddress)).isEmpty();
        assertThat(subjectsFor(roseAddress)).containsExactly(
                "The Rivera family: Night shift, Sunday, March 29 at 7:00 PM, is cancelled");
    }

    @Test
    void aShiftCancelledAfterItsReminderWasRecordedButBeforeItWentOutSendsNoReminder() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);
        family.clock().set(Instant.parse("2026-03-28T17:00:30Z"));
        reminders.sendDue(); // recorded, not sent yet (mail was down, or she was asleep)
        assertThat(remindersRecordedFor(roseAddress)).hasSize(1);

        shifts.cancel(family.space(), shift);
        delivery.deliverDue();

        assertThat(remindersArrivedFor(roseAddress)).isEmpty();
        assertThat(subjectsFor(roseAddress)).singleElement().asString().endsWith("is cancelled");
    }

    @Test
    void aPlaceGivenBackMeanwhileGetsNoReminder() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);
        family.clock().set(Instant.parse("2026-03-28T17:00:30Z"));
        reminders.sendDue();

        family.as(rose);
        shifts.withdraw(family.space(), shift);
        delivery.deliverDue();
        at("2026-03-29T16:00:30Z");

        assertThat(remindersRecordedFor(roseAddress)).hasSize(1); // recorded, then withdrawn at sending
        assertThat(subjectsFor(roseAddress)).isEmpty();
    }

    @Test
    void aShiftMovedToAnotherTimeGetsAFreshReminderForTheNewTimeAndNoneForTheOld() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);
        family.clock().set(Instant.parse("2026-03-28T17:00:30Z"));
        reminders.sendDue(); // the evening-before reminder for 19:00, not sent yet

        shifts.edit(family.space(), shift, night(SPRING_SUNDAY, 20));
        at("2026-03-28T17:01:30Z");

        assertThat(remindersArrivedFor(roseAddress))
                .containsExactly("The Rivera family: Reminder: Night shift, Sunday, March 29 at 8:00 PM");

        at("2026-03-29T16:00:30Z"); // an hour before the old time: nothing
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);
        at("2026-03-29T17:00:30Z"); // an hour before the new time
        assertThat(remindersArrivedFor(roseAddress)).hasSize(2)
                .allMatch(subject -> subject.endsWith("8:00 PM"));
    }

    @Test
    void aTaskSheTookOnWithAStartTimeIsRemindedToo() {
        familyAt("2026-03-27T10:00:00Z");
        var task = tasks.create(family.space(), new TaskForm("Bring dinner", TaskCategory.MEALS, "", SPRING_SUNDAY,
                LocalTime.of(18, 30), null, 30, Repeat.NEVER, Set.of(), 2, null, false));
        family.as(rose);
        tasks.claim(family.space(), task);

        at("2026-03-28T16:59:00Z");
        assertThat(remindersArrivedFor(roseAddress)).isEmpty();
        at("2026-03-28T17:00:30Z");
        assertThat(remindersArrivedFor(roseAddress))
                .containsExactly("The Rivera family: Reminder: Bring dinner, Sunday, March 29 at 6:30 PM");

        family.as(rose);
        tasks.handBack(family.space(), task);
        at("2026-03-29T15:30:30Z"); // an hour before 18:30 in summer time
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);
        assertThat(remindersRecordedFor(roseAddress)).extracting(Letter::template).containsExactly("reminder-task");
    }

    @Test
    void aMovedShiftIsToldToTheOthersOnItButNotToWhoeverMovedIt() {
        familyAt("2026-03-27T10:00:00Z");
        var leo = family.person("Leo", FamilyRole.ORGANIZER);
        var leoAddress = recipients.of(List.of(leo.accountId())).get(leo.accountId()).email();
        var shift = nightWithRose(SPRING_SUNDAY);
        family.as(leo);
        shifts.signUp(family.space(), shift);

        shifts.edit(family.space(), shift, night(SPRING_SUNDAY, 21));
        delivery.deliverDue();

        assertThat(subjectsFor(roseAddress))
                .containsExactly("The Rivera family: New time for Night shift: Sunday, March 29 at 9:00 PM");
        assertThat(GreenMailText.of(arrivedFor(roseAddress).getFirst()))
                .contains("Leo moved Night shift", "It was Sunday, March 29 at 7:00 PM");
        assertThat(outbox.lettersTo(leoAddress)).isEmpty();
        assertThat(subjectsFor(leoAddress)).isEmpty();
    }

    @Test
    void aChangeOfWordingOnlyTellsNobody() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);

        shifts.edit(family.space(), shift, new ShiftForm(ShiftKind.NIGHT, SPRING_SUNDAY, LocalTime.of(19, 0), null,
                LocalTime.of(7, 0), 3, "Bottles are in the fridge"));
        delivery.deliverDue();

        assertThat(outbox.lettersTo(roseAddress)).isEmpty();
    }

    @Test
    void twoInstancesRunningTheJobAtOnceRecordOneReminder() throws Exception {
        familyAt("2026-03-27T10:00:00Z");
        nightWithRose(SPRING_SUNDAY);
        family.clock().set(Instant.parse("2026-03-28T17:00:30Z"));
        var bothReady = new CountDownLatch(2);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var runs = List.of(pool.submit(() -> runWhenBothReady(bothReady)),
                    pool.submit(() -> runWhenBothReady(bothReady)));
            for (var run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        delivery.deliverDue();

        assertThat(remindersRecordedFor(roseAddress)).hasSize(1);
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);
    }

    private Void runWhenBothReady(CountDownLatch bothReady) throws InterruptedException {
        bothReady.countDown();
        bothReady.await(10, TimeUnit.SECONDS);
        reminders.sendDue();
        return null;
    }

    @Test
    void theDatabaseRefusesASecondRowForTheSameReminder() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);
        var place = new Commitment(ItemKind.SHIFT, shift.value(), family.space().value(), "Night shift",
                Instant.parse("2026-03-29T17:00:00Z"), rose.accountId(), "path");
        var now = family.clock().instant();
        transactions.executeWithoutResult(status ->
                sent.saveAndFlush(new ReminderSent(place, ReminderMoment.EVENING_BEFORE, now)));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                sent.saveAndFlush(new ReminderSent(place, ReminderMoment.EVENING_BEFORE, now))))
                .isInstanceOf(DataIntegrityViolationException.class);
        transactions.executeWithoutResult(status -> sent.saveAndFlush(new ReminderSent(place,
                ReminderMoment.BEFORE_START, now))); // another moment is another reminder
    }

    TaskForm dinnerAt(LocalDate day, int hour, int minute) {
        return new TaskForm("Bring dinner", TaskCategory.MEALS, "", day, LocalTime.of(hour, minute), null, 30,
                Repeat.NEVER, Set.of(), 2, null, false);
    }

    @Test
    void aTaskSheTookOnThatMovesOrGoesIsToldToHerButNotToWhoeverChangedIt() {
        familyAt("2026-03-27T10:00:00Z");
        var task = tasks.create(family.space(), dinnerAt(SPRING_SUNDAY, 18, 30));
        family.as(rose);
        tasks.claim(family.space(), task);
        family.as(family.mother());

        tasks.edit(family.space(), task, dinnerAt(SPRING_SUNDAY, 18, 30)); // nothing about its time changed
        tasks.edit(family.space(), task, dinnerAt(SPRING_SUNDAY, 19, 0));
        tasks.delete(family.space(), task);
        delivery.deliverDue();

        assertThat(subjectsFor(roseAddress)).containsExactlyInAnyOrder(
                "The Rivera family: New time for Bring dinner: Sunday, March 29 at 7:00 PM",
                "The Rivera family: Bring dinner is no longer needed");
        var moved = arrivedFor(roseAddress).stream().filter(message -> subject(message).contains("New time"))
                .findFirst().orElseThrow();
        assertThat(GreenMailText.of(moved))
                .contains("Maya changed \"Bring dinner\"", "It was Sunday, March 29 at 6:30 PM");
        var mayaAddress = recipients.of(List.of(family.mother().accountId())).get(family.mother().accountId()).email();
        assertThat(outbox.lettersTo(mayaAddress)).isEmpty();
    }

    /** Rose opens her notification settings and saves these; then the mother is signed in again. */
    void roseWants(boolean reminders, LocalTime eveningAt, Duration lead, boolean changes) {
        family.as(rose);
        preferences.saveMine(new MailPreferences(true, reminders, null, changes, eveningAt, lead, null, null, null));
        family.as(family.mother());
    }

    @Test
    void remindersTurnedOffSendNothing() {
        familyAt("2026-03-27T10:00:00Z");
        roseWants(false, MailPreferences.DEFAULT_EVENING_BEFORE, MailPreferences.DEFAULT_BEFORE_START, true);
        nightWithRose(SPRING_SUNDAY);

        at("2026-03-28T17:00:30Z");
        at("2026-03-29T16:00:30Z");
        at("2026-03-29T16:59:30Z");

        assertThat(remindersRecordedFor(roseAddress)).isEmpty();
        assertThat(subjectsFor(roseAddress)).isEmpty();
    }

    @Test
    void herOwnEveningTimeAndLeadAreHonored() {
        familyAt("2026-03-27T10:00:00Z");
        roseWants(true, LocalTime.of(20, 30), Duration.ofMinutes(30), true);
        nightWithRose(SPRING_SUNDAY);

        at("2026-03-28T17:00:30Z"); // 18:00 in Berlin: not her time
        assertThat(remindersArrivedFor(roseAddress)).isEmpty();
        at("2026-03-28T19:30:30Z"); // 20:30 in Berlin
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);
        at("2026-03-29T16:00:30Z"); // an hour before: not her lead
        assertThat(remindersArrivedFor(roseAddress)).hasSize(1);
        at("2026-03-29T16:30:30Z"); // half an hour before 19:00
        assertThat(remindersArrivedFor(roseAddress)).hasSize(2);
    }

    @Test
    void someoneWhoTurnedChangesOffIsNotToldOfAMove() {
        familyAt("2026-03-27T10:00:00Z");
        roseWants(true, MailPreferences.DEFAULT_EVENING_BEFORE, MailPreferences.DEFAULT_BEFORE_START, false);
        var shift = nightWithRose(SPRING_SUNDAY);

        shifts.edit(family.space(), shift, night(SPRING_SUNDAY, 21));
        shifts.cancel(family.space(), shift);
        delivery.deliverDue();

        assertThat(outbox.lettersTo(roseAddress)).isEmpty();
    }

    @Test
    void aRepeatingShiftMovedFromNowOnWritesEachHelperOneLetterListingHerDays() throws Exception {
        familyAt("2026-03-27T10:00:00Z");
        var leo = family.person("Leo", FamilyRole.ORGANIZER);
        var leoAddress = recipients.of(List.of(leo.accountId())).get(leo.accountId()).email();
        var first = LocalDate.of(2026, 4, 1);
        var nights = shifts.createRepeating(family.space(), night(first, 19), RepeatForm.daily(first.plusDays(11)));
        assertThat(nights).hasSize(12);
        family.as(rose);
        nights.forEach(night -> shifts.signUp(family.space(), night));
        family.as(leo);
        shifts.signUp(family.space(), nights.getFirst());
        family.as(family.mother());

        shifts.editSeries(family.space(), nights.getFirst(), night(first, 21), RepeatForm.daily(first.plusDays(11)));
        delivery.deliverDue();

        assertThat(outbox.lettersTo(roseAddress)).singleElement()
                .satisfies(letter -> assertThat(letter.template()).isEqualTo("shift-changes"));
        assertThat(subjectsFor(roseAddress))
                .containsExactly("The Rivera family: Changes to Night shift, which you're on");
        var lines = GreenMailText.of(arrivedFor(roseAddress).getFirst()).lines()
                .filter(line -> line.startsWith("• ")).toList();
        assertThat(lines).hasSize(11).startsWith("• Wed, Apr 1 at 7:00 PM: now Wed, Apr 1 at 9:00 PM until 7:00 AM");
        assertThat(lines.getLast()).isEqualTo("• …and 2 more");
        assertThat(outbox.lettersTo(leoAddress)).as("one change: its own letter").singleElement()
                .satisfies(letter -> assertThat(letter.template()).isEqualTo("shift-changed"));
    }

    @Test
    void aRepeatingTaskStoppedTellsWhoeverTookItsDaysOnceListingThem() throws Exception {
        familyAt("2026-03-27T10:00:00Z");
        var first = LocalDate.of(2026, 4, 1);
        tasks.create(family.space(), new TaskForm("Bring lunch", TaskCategory.MEALS, "", first, LocalTime.of(12, 0),
                null, 30, Repeat.DAILY, Set.of(), 2, first.plusDays(2), false));
        var days = taskReads.tasks(family.space()).stream().filter(task -> task.title().equals("Bring lunch"))
                .toList();
        assertThat(days).hasSize(3);
        family.as(rose);
        days.forEach(day -> tasks.claim(family.space(), day.id()));
        family.as(family.mother());

        tasks.stopRepeating(family.space(), days.getFirst().id());
        delivery.deliverDue();

        assertThat(subjectsFor(roseAddress))
                .containsExactly("The Rivera family: Changes to Bring lunch, which you took on");
        assertThat(GreenMailText.of(arrivedFor(roseAddress).getFirst())).contains("Maya changed \"Bring lunch\"",
                "• Wed, Apr 1 at 12:00 PM: off the list\n• Thu, Apr 2 at 12:00 PM: off the list\n"
                        + "• Fri, Apr 3 at 12:00 PM: off the list");
    }

    @Test
    void aChangeRecordedForSomeoneRemovedBeforeItWentOutIsNotSent() {
        familyAt("2026-03-27T10:00:00Z");
        var shift = nightWithRose(SPRING_SUNDAY);
        shifts.edit(family.space(), shift, night(SPRING_SUNDAY, 21)); // recorded, not sent yet
        assertThat(outbox.lettersTo(roseAddress)).hasSize(1);

        var hers = families.members(family.space()).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        families.removeMember(family.space(), hers.membershipId());
        delivery.deliverDue();

        assertThat(subjectsFor(roseAddress)).as("the family's plans are no longer hers to read").isEmpty();
    }
}
