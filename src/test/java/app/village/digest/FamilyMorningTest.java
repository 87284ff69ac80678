package app.village.digest;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.OpenTasksAhead.OpenTask;
import app.village.family.FamilyRole;
import app.village.family.SpacesForDigest.Member;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftsAhead.ShiftAhead;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a family's morning is worded for each member. */
class FamilyMorningTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 9);
    static final Instant NOW = TODAY.atTime(7, 0).atZone(ZONE).toInstant();

    final UUID maya = UUID.randomUUID();
    final UUID ben = UUID.randomUUID();
    final UUID carla = UUID.randomUUID();
    final List<Member> members = List.of(
            member(maya, "Maya", null, NOW.minusSeconds(90_000)),
            member(ben, "Ben", null, NOW.minusSeconds(90_000)),
            member(carla, "Carla", "aunt", NOW.minusSeconds(3_600)));

    @Test
    void aTitleWithLineBreaksStaysOnItsOwnLine() {
        var morning = morning(List.of(new OpenTask(UUID.randomUUID(), "Dinner\nBcc: someone@example.com", TODAY,
                LocalTime.of(18, 0))), false, List.of());

        assertThat(morning.forMember(maya).open()).isEqualTo(
                "Still open today and tomorrow:\n• Wed, Dec 9 at 6:00 PM: Dinner Bcc: someone@example.com — nobody yet");
    }

    @Test
    void aLongListShowsTenLinesAndPointsToTheFamilysPage() {
        var many = new ArrayList<OpenTask>();
        for (var i = 0; i < FamilyMorning.MAX_LINES; i++) {
            many.add(new OpenTask(UUID.randomUUID(), "Task " + i, TODAY, null));
        }
        var open = morning(many, true, List.of()).forMember(maya).open().lines().toList();

        assertThat(open).hasSize(1 + FamilyMorning.MAX_LINES + 1);
        assertThat(open.getLast()).isEqualTo(FamilyMorning.MORE);
    }

    @Test
    void eachReadsHerselfAsYouOnTonightsNightAndIsNotToldSheJoined() {
        var night = shift(ShiftKind.NIGHT, TODAY, 22, 2, 2, false, List.of(ben, carla));
        var morning = morning(List.of(), false, List.of(night));

        assertThat(morning.forMember(maya).tonight()).isEqualTo("On tonight's night shift: Ben and Carla.");
        assertThat(morning.forMember(ben).tonight()).isEqualTo("On tonight's night shift: you and Carla.");
        assertThat(morning.forMember(maya).joined()).isEqualTo("New in the family since yesterday morning:\n• Carla (aunt)");
        assertThat(morning.forMember(carla).joined()).isEmpty();
    }

    @Test
    void partlyTakenPlacesAreOpenAndABreakSomeoneTookIsNot() {
        var visit = shift(ShiftKind.VISIT, TODAY.plusDays(1), 15, 3, 1, false, List.of(ben));
        var takenBreak = shift(ShiftKind.RESPITE, TODAY.plusDays(3), 10, 1, 1, true, List.of(ben));
        var openBreak = shift(ShiftKind.RESPITE, TODAY.plusDays(4), 10, 1, 0, true, List.of());
        var content = morning(List.of(), false, List.of(visit, takenBreak, openBreak)).forMember(carla);

        assertThat(content.open()).isEqualTo("Still open today and tomorrow:\n• Thu, Dec 10 at 3:00 PM: Visit — 2 places still open");
        assertThat(content.breaks()).isEqualTo(
                "Breaks she asked for that nobody has taken yet:\n• Sun, Dec 13 at 10:00 AM: Break for her — nobody yet");
    }

    @Test
    void nothingOpenNobodyOnAndNobodyNewIsNothingToSay() {
        var pastNight = shift(ShiftKind.DAY_HELP, TODAY, 1, 1, 0, false, List.of()); // over at 04:00
        var content = new FamilyMorning(ZONE, TODAY, NOW, List.of(), false, List.of(pastNight), members.subList(0, 2),
                NOW.minusSeconds(86_400), NOW).forMember(maya);

        assertThat(content.nothingToSay()).isTrue();
    }

    private FamilyMorning morning(List<OpenTask> tasks, boolean more, List<ShiftAhead> shifts) {
        return new FamilyMorning(ZONE, TODAY, NOW, tasks, more, shifts, members, NOW.minusSeconds(86_400), NOW);
    }

    private static ShiftAhead shift(ShiftKind kind, LocalDate day, int hour, int capacity, int taken, boolean asked,
            List<UUID> helpers) {
        var start = day.atTime(hour, 0).atZone(ZONE).toInstant();
        return new ShiftAhead(UUID.randomUUID(), asked ? "Break for her" : kind.label(), kind, start,
                start.plusSeconds(3 * 3_600), day, capacity, taken, asked, helpers);
    }

    private static Member member(UUID id, String name, String relationship, Instant joined) {
        return new Member(id, name, FamilyRole.SUPPORTER, relationship, joined);
    }
}
