package app.village.digest;

import app.village.account.MailRecipients;
import app.village.caretask.OpenTasksAhead;
import app.village.family.SpaceNamesAndZones;
import app.village.family.SpaceNamesAndZones.Space;
import app.village.family.SpacesForDigest;
import app.village.family.SpacesForDigest.Member;
import app.village.family.StillAMember;
import app.village.notification.Letter;
import app.village.notification.MailKind;
import app.village.notification.MailPreferences;
import app.village.notification.MailOutbox;
import app.village.notification.MailPreferencesService;
import app.village.shift.ShiftsAhead;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily digest: from 07:00 in each family's time zone until 11:00, each member who wants it gets one
 * letter per family and morning, unless there is nothing to say. A {@code digest_sent} row, written in the same
 * transaction as the letter under a unique key, makes it once per member, space and family date, however often
 * the job runs and on however many instances. A system job: nobody is signed in, and it reads through the
 * features' system-side read classes; addresses only of the members it writes to. Each letter goes out only if
 * she is still in the family when it is sent (held for her quiet hours, or mail was down).
 * <p>Decision: docs/decisions/daily-digest.md.
 */
@Component
public class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    static final LocalTime MORNING = LocalTime.of(7, 0);
    /** After a downtime, a digest that would arrive in the afternoon is stale: that morning's is skipped. */
    static final LocalTime TOO_LATE = LocalTime.of(11, 0);
    /** How far ahead the breaks she asked for are looked for. */
    static final int BREAK_DAYS_AHEAD = 13;

    private final SpaceNamesAndZones spaces;
    private final SpacesForDigest members;
    private final MailRecipients recipients;
    private final OpenTasksAhead tasks;
    private final ShiftsAhead shifts;
    private final DigestSentRepository sent;
    private final MailOutbox outbox;
    private final MailPreferencesService preferences;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyDigest(SpaceNamesAndZones spaces, SpacesForDigest members, MailRecipients recipients, OpenTasksAhead tasks,
            ShiftsAhead shifts, DigestSentRepository sent, MailOutbox outbox, MailPreferencesService preferences,
            TransactionTemplate transactions, Clock clock) {
        this.spaces = spaces;
        this.members = members;
        this.recipients = recipients;
        this.tasks = tasks;
        this.shifts = shifts;
        this.sent = sent;
        this.outbox = outbox;
        this.preferences = preferences;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records this morning's digests that are due and not yet recorded; returns how many. */
    @Scheduled(cron = "${village.digest.cron}")
    public int sendDue() {
        var now = clock.instant();
        var morningSpaces = spaces.where(zone -> isDigestMorning(now, zone));
        var membersBySpace = members.membersOf(morningSpaces.stream().map(Space::spaceId).toList());
        var preferencesOf = preferences.ofAll(membersBySpace.values().stream().flatMap(List::stream)
                .map(Member::accountId).distinct().toList());
        var due = new ArrayList<Due>();
        for (var space : morningSpaces) {
            var circle = membersBySpace.getOrDefault(space.spaceId(), List.of());
            var today = now.atZone(space.zone()).toLocalDate();
            var already = new HashSet<>(sent.findAccountIdsBySpaceIdAndLocalDate(space.spaceId(), today));
            var wanting = circle.stream()
                    .filter(member -> !already.contains(member.accountId()))
                    .filter(member -> preferencesOf.getOrDefault(member.accountId(), MailPreferences.defaults())
                            .wants(MailKind.DIGEST, member.ownerOrOrganizer()))
                    .toList();
            if (!wanting.isEmpty()) {
                due.add(new Due(space, today, circle, wanting));
            }
        }
        // Addresses only of the members written to, in one statement for the whole run.
        var addresses = recipients.of(due.stream().flatMap(each -> each.wanting().stream())
                .map(Member::accountId).distinct().toList());
        var recorded = 0;
        for (var each : due) {
            var morning = read(each.space(), each.today(), now, each.circle());
            for (var member : each.wanting()) {
                var content = morning.forMember(member.accountId());
                var to = addresses.get(member.accountId());
                if (to != null && !content.nothingToSay() && record(each.space(), to, each.today(), content)) {
                    recorded++;
                }
            }
        }
        if (recorded > 0) {
            log.info("Recorded {} daily digests", recorded);
        }
        return recorded;
    }

    /** Whether it is the digest's morning in this zone: from 07:00, and not yet 11:00. */
    static boolean isDigestMorning(Instant now, ZoneId zone) {
        var local = now.atZone(zone).toLocalTime();
        return !local.isBefore(MORNING) && local.isBefore(TOO_LATE);
    }

    /** The space's morning in two statements, whatever the number of members. */
    private FamilyMorning read(Space space, LocalDate today, Instant now, List<Member> members) {
        var open = tasks.dueBetween(space.spaceId(), today, today.plusDays(1), FamilyMorning.MAX_LINES + 1);
        var ahead = shifts.startingBetween(space.spaceId(), today, today.plusDays(BREAK_DAYS_AHEAD));
        var zone = space.zone();
        return new FamilyMorning(zone, today, now, open.subList(0, Math.min(open.size(), FamilyMorning.MAX_LINES)),
                open.size() > FamilyMorning.MAX_LINES, ahead, members,
                today.minusDays(1).atTime(MORNING).atZone(zone).toInstant(), today.atTime(MORNING).atZone(zone).toInstant());
    }

    /**
     * The row and the letter in one transaction; false when her digest of this space and morning was already
     * recorded, such as by another instance a moment ago (the unique key refuses the row, and nothing is recorded).
     */
    boolean record(Space space, MailRecipients.Recipient to, LocalDate today, FamilyMorning.Content content) {
        try {
            transactions.executeWithoutResult(status -> {
                sent.saveAndFlush(new DigestSent(space.spaceId(), to.accountId(), today, clock.instant()));
                outbox.record(Letter.of(MailKind.DIGEST, "digest", to.email(), to.accountId())
                        .inFamily(space.name())
                        .with("name", to.displayName())
                        .with("spaceId", space.spaceId().toString())
                        .with("open", content.open())
                        .with("tonight", content.tonight())
                        .with("breaks", content.breaks())
                        .with("joined", content.joined())
                        .about("digest:" + space.spaceId() + ":" + today)
                        .checkedBy(StillAMember.PURPOSE, space.spaceId()));
            });
            return true;
        } catch (DataIntegrityViolationException alreadyRecorded) {
            log.debug("Digest of space {} for account {} on {} was already recorded", space.spaceId(),
                    to.accountId(), today);
            return false;
        }
    }

    /** A space whose morning it is, with the members who want its digest and haven't had it. */
    private record Due(Space space, LocalDate today, List<Member> circle, List<Member> wanting) {
    }
}
