package app.village.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.account.MailRecipients;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.family.SpaceId;
import app.village.family.FamilyService;
import app.village.family.SpaceNamesAndZones;
import app.village.notification.Letter;
import app.village.notification.MailDelivery;
import app.village.notification.MailKind;
import app.village.notification.MailPreferences;
import app.village.notification.MailPreferencesService;
import app.village.notification.OutboxForTests;
import app.village.security.VillageUser;
import app.village.shift.BreakService;
import app.village.shift.RespiteRequest;
import app.village.shift.RestActivity;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.LoopbackSmtp;
import app.village.testsupport.MutableClock;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digest through a real SMTP server (GreenMail on loopback), for a family in New York. Other tests'
 * families share the database, so every check counts the mail of one recipient.
 */
class DailyDigestTest extends LoopbackSmtp {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** A Wednesday; New York is on standard time (UTC-5), so 07:00 there is 12:00 UTC. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);

    @RegisterExtension final FamilyFixture family = new FamilyFixture().inZone(NEW_YORK.getId());

    @Autowired DailyDigest digest;
    @Autowired MailDelivery delivery;
    @Autowired OutboxForTests outbox;
    @Autowired MutableClock clock;
    @Autowired CareTaskWriteService tasks;
    @Autowired ShiftService shifts;
    @Autowired BreakService breaks;
    @Autowired MailRecipients accounts;
    @Autowired SpaceNamesAndZones spaces;
    @Autowired MailPreferencesService preferences;
    @Autowired FamilyService families;

    @Test
    void at0700FamilyTimeTheOwnerGetsOneDigestWithWhatIsOpenTonightsNightHerUnansweredBreakAndTheNewMember()
            throws Exception {
        clock.set(at(WEDNESDAY.minusDays(1), 10, 0)); // Tuesday morning: Ben joins after Tuesday's digest time
        var mother = family.mother();
        var ben = family.person("Ben", FamilyRole.SUPPORTER);
        family.as(mother);
        var space = family.space();
        tasks.create(space, task("Dinner for the family", WEDNESDAY).withTimes(LocalTime.of(18, 0), null));
        tasks.create(space, TaskForm.once("Laundry", TaskCategory.HOUSEHOLD, "The door code is 4321", WEDNESDAY.plusDays(1), 30));
        var groceries = tasks.create(space, task("Groceries", WEDNESDAY));
        tasks.create(space, task("Friday's soup", WEDNESDAY.plusDays(2)));
        var night = shifts.create(space, ShiftForm.of(ShiftKind.NIGHT, WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        shifts.create(space, ShiftForm.of(ShiftKind.DAY_HELP, WEDNESDAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(12, 0)));
        breaks.askForBreak(space, new RespiteRequest(WEDNESDAY.plusDays(2), LocalTime.of(14, 0), LocalTime.of(16, 0),
                RestActivity.WALK, "I miss the river"));
        family.as(ben);
        tasks.claim(space, groceries);
        shifts.signUp(space, night);
        family.signOut();

        clock.set(at(WEDNESDAY, 6, 59));
        digest.sendDue();
        delivery.deliverDue();
        assertThat(outbox.lettersTo(emailOf(mother))).as("not before 07:00 in New York").isEmpty();

        clock.set(at(WEDNESDAY, 7, 0));
        digest.sendDue();
        delivery.deliverDue();

        var received = receivedBy(emailOf(mother), 1);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("The Rivera family: Your morning summary");
        var text = textOf(received.getFirst());
        assertThat(text).contains("Good morning Maya")
                .contains("Still open today and tomorrow:\n"
                        + "• Wed, Dec 9 at 6:00 PM: Dinner for the family — nobody yet\n"
                        + "• Thu, Dec 10, any time: Laundry — nobody yet\n"
                        + "• Thu, Dec 10 at 9:00 AM: Day help — nobody yet")
                .contains("On tonight's night shift: Ben.")
                .contains("Breaks she asked for that nobody has taken yet:\n• Fri, Dec 11 at 2:00 PM: Break for her: a walk — nobody yet")
                .contains("New in the family since yesterday morning:\n• Ben")
                .contains("/family/" + space.value())
                .doesNotContain("Groceries").doesNotContain("soup").doesNotContain("4321").doesNotContain("river");
        assertThat(outbox.lettersTo(emailOf(ben))).as("a supporter's digest is off unless she turns it on").isEmpty();
        assertThat(outbox.lettersTo(emailOf(mother))).singleElement()
                .satisfies(letter -> assertThat(letter.kind()).isEqualTo(MailKind.DIGEST));
    }

    @Test
    void aSupporterGetsNoneByDefaultAndOneAfterTurningItOnAndAnOwnerWhoTurnedItOffNone() {
        clock.set(at(WEDNESDAY.minusDays(3), 10, 0));
        var mother = family.mother();
        var ben = family.person("Ben", FamilyRole.SUPPORTER);
        family.as(mother);
        var night = shifts.create(family.space(), ShiftForm.of(ShiftKind.NIGHT, WEDNESDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
        tasks.create(family.space(), task("Thursday's dinner", WEDNESDAY.plusDays(1)));
        family.as(ben);
        shifts.signUp(family.space(), night);
        family.signOut();
        clock.set(at(WEDNESDAY, 7, 5));

        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(ben))).as("off by default for a supporter").isEmpty();
        assertThat(outbox.lettersTo(emailOf(mother))).hasSize(1);

        savesHerDigest(ben, true);
        savesHerDigest(mother, false);
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(ben))).singleElement()
                .satisfies(letter -> assertThat(letter.values().get("tonight")).isEqualTo("On tonight's night shift: you."));
        assertThat(outbox.lettersTo(emailOf(mother))).as("hers was recorded already").hasSize(1);

        clock.set(at(WEDNESDAY.plusDays(1), 7, 5));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).as("turned off").hasSize(1);
        family.as(mother);
        preferences.saveMine(MailPreferences.defaults());
        family.signOut();
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).as("on again by her role").hasSize(2);
    }

    @Test
    void aFamilyWithNothingToSayGetsNoMailUntilSomethingIsOpen() {
        clock.set(at(WEDNESDAY.minusDays(3), 10, 0)); // everyone joined long before
        var mother = family.mother();
        var olga = family.person("Olga", FamilyRole.ORGANIZER);
        family.signOut();

        clock.set(at(WEDNESDAY, 7, 0));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).isEmpty();
        assertThat(outbox.lettersTo(emailOf(olga))).isEmpty();

        family.as(mother);
        tasks.create(family.space(), task("Dinner for the family", WEDNESDAY));
        family.signOut();
        clock.set(at(WEDNESDAY, 7, 5));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).hasSize(1);
        assertThat(outbox.lettersTo(emailOf(olga))).as("on by default for an organizer").hasSize(1);
    }

    @Test
    void runningTheJobTwiceRecordsOneDigestAndTheUniqueRowRefusesARacingSecond() throws Exception {
        clock.set(at(WEDNESDAY.minusDays(3), 10, 0));
        var mother = family.mother();
        tasks.create(family.space(), task("Dinner for the family", WEDNESDAY));
        family.signOut();
        clock.set(at(WEDNESDAY, 7, 0));

        digest.sendDue();
        clock.set(at(WEDNESDAY, 7, 5));
        digest.sendDue();
        delivery.deliverDue();
        assertThat(receivedBy(emailOf(mother), 1)).hasSize(1);
        assertThat(outbox.lettersTo(emailOf(mother))).hasSize(1);

        // Another instance that read before this one wrote its row: the unique key refuses its row and its letter.
        var space = spaces.of(List.of(family.space().value())).get(family.space().value());
        var her = accounts.of(List.of(mother.accountId())).get(mother.accountId());
        var content = new FamilyMorning.Content("Still open today and tomorrow:\n• something", "", "", "");
        assertThat(digest.record(space, her, WEDNESDAY, content)).isFalse();
        assertThat(outbox.lettersTo(emailOf(mother))).hasSize(1);
        assertThat(digest.record(space, her, WEDNESDAY.plusDays(1), content)).as("the next morning is new").isTrue();
    }

    @Test
    void aMemberRemovedAfterHerDigestWasRecordedButBeforeItWentOutGetsNone() throws Exception {
        clock.set(at(WEDNESDAY.minusDays(3), 10, 0));
        var mother = family.mother();
        var olga = family.person("Olga", FamilyRole.ORGANIZER);
        family.as(mother);
        tasks.create(family.space(), task("Dinner for the family", WEDNESDAY));
        family.signOut();
        clock.set(at(WEDNESDAY, 7, 0));
        digest.sendDue(); // recorded for both; not sent yet (mail was down, or her quiet hours held it)
        assertThat(outbox.lettersTo(emailOf(olga))).hasSize(1);

        family.as(mother);
        var hers = families.members(family.space()).stream()
                .filter(member -> member.accountId().equals(olga.accountId())).findFirst().orElseThrow();
        families.removeMember(family.space(), hers.membershipId());
        family.signOut();
        delivery.deliverDue();

        assertThat(receivedBy(emailOf(mother), 1)).hasSize(1);
        assertThat(receivedBy(emailOf(olga), 0)).as("the family's plans are no longer hers to read").isEmpty();
    }

    @Test
    void aMorningMissedUntil1100IsNotSentInTheAfternoonAndTheNextMorningIs() {
        clock.set(at(WEDNESDAY.minusDays(3), 10, 0));
        var mother = family.mother();
        tasks.create(family.space(), task("Dinner for the family", WEDNESDAY));
        tasks.create(family.space(), task("Breakfast", WEDNESDAY.plusDays(1)));
        family.signOut();

        clock.set(at(WEDNESDAY, 11, 0));
        digest.sendDue();
        clock.set(at(WEDNESDAY, 12, 0));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).as("too late for a morning summary").isEmpty();

        clock.set(at(WEDNESDAY.plusDays(1), 10, 55));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).singleElement()
                .satisfies(letter -> assertThat(letter.values().get("open")).contains("Thu, Dec 10, any time: Breakfast"));
    }

    @Test
    void aMemberOfTwoFamiliesGetsOneDigestForEachAtEachFamilysMorning() throws Exception {
        clock.set(at(WEDNESDAY.minusDays(3), 10, 0));
        var mother = family.mother();
        tasks.create(family.space(), task("Dinner for the family", WEDNESDAY));
        var rose = family.stranger("Rose");
        family.as(rose);
        var helsinki = family.spaceOf(rose, "Rose's family"); // in Helsinki: 07:00 there is 05:00 UTC
        family.join(rose, helsinki, mother, FamilyRole.ORGANIZER);
        family.as(rose);
        tasks.create(helsinki, task("Soup for Rose", WEDNESDAY));
        family.signOut();

        clock.set(LocalDate.of(2026, 12, 9).atTime(7, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant());
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).extracting(Letter::familyName).containsExactly("Rose's family");
        assertThat(outbox.lettersTo(emailOf(rose))).hasSize(1);

        clock.set(at(WEDNESDAY, 7, 0));
        digest.sendDue();
        clock.set(at(WEDNESDAY, 7, 30));
        digest.sendDue();
        delivery.deliverDue();
        assertThat(outbox.lettersTo(emailOf(mother))).extracting(Letter::familyName)
                .containsExactly("Rose's family", "The Rivera family");
        assertThat(receivedBy(emailOf(mother), 2)).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Rose's family: Your morning summary", "The Rivera family: Your morning summary");
        assertThat(outbox.lettersTo(emailOf(rose))).as("Rose is in one family").hasSize(1);
    }

    @Test
    void acrossTheChangeToSummerTimeTheDigestComesAt0700NewYorkTime() {
        // Daylight saving starts in New York on Sunday 2027-03-14: 07:00 is 12:00 UTC on Saturday, 11:00 UTC on Sunday.
        var saturday = LocalDate.of(2027, 3, 13);
        var sunday = saturday.plusDays(1);
        clock.set(Instant.parse("2027-03-10T15:00:00Z"));
        var mother = family.mother();
        tasks.create(family.space(), task("Dinner on Saturday", saturday));
        tasks.create(family.space(), task("Dinner on Sunday", sunday));
        tasks.create(family.space(), task("Dinner on Monday", sunday.plusDays(1)));
        family.signOut();

        clock.set(Instant.parse("2027-03-13T11:59:00Z"));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).isEmpty();
        clock.set(Instant.parse("2027-03-13T12:00:00Z"));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).hasSize(1);

        clock.set(Instant.parse("2027-03-14T10:59:00Z"));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).as("06:59 summer time").hasSize(1);
        clock.set(Instant.parse("2027-03-14T11:00:00Z"));
        digest.sendDue();
        assertThat(outbox.lettersTo(emailOf(mother))).as("07:00 summer time").hasSize(2);
        assertThat(outbox.lettersTo(emailOf(mother)).getLast().values().get("open"))
                .contains("Sun, Mar 14, any time: Dinner on Sunday").doesNotContain("Saturday");
    }

    /** She opens her notification settings and saves them with the digest on or off. */
    private void savesHerDigest(VillageUser member, boolean on) {
        family.as(member);
        preferences.saveMine(withDigest(on));
        family.signOut();
    }

    private static MailPreferences withDigest(boolean on) {
        var defaults = MailPreferences.defaults();
        return new MailPreferences(defaults.membership(), defaults.reminders(), on, defaults.changes(),
                defaults.eveningBeforeAt(), defaults.beforeStart(), null, null, null);
    }

    private static TaskForm task(String title, LocalDate day) {
        return TaskForm.once(title, TaskCategory.MEALS, "", day, 60);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(NEW_YORK).toInstant();
    }

    private String emailOf(VillageUser user) {
        return accounts.of(List.of(user.accountId())).get(user.accountId()).email();
    }

    private static List<MimeMessage> receivedBy(String address, int expected) throws Exception {
        greenMail.waitForIncomingEmail(5_000, expected);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text part, decoded. */
    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString().replace("\r\n", "\n");
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (var i = 0; i < multipart.getCount(); i++) {
                var text = textOf(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
