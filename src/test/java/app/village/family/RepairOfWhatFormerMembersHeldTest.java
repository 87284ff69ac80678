package app.village.family;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.caretask.CareTaskWriteService;
import app.village.caretask.CareTaskReadService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.caretask.TaskStatus;
import app.village.security.VillageUser;
import app.village.shift.ShiftForm;
import app.village.shift.ShiftId;
import app.village.shift.ShiftKind;
import app.village.shift.ShiftService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The V9 migration puts right what was stored before membership ended released anything: Rose left (her
 * membership went, her task and places stayed) and Dan deleted his account (his sign-ups went with it, the
 * counts stayed). The migration's own statements run against that state, since Flyway ran them on an empty
 * database when the test database was made. It compares with the database's clock, so the shifts are laid
 * out around the real time.
 */
@IntegrationTest
class RepairOfWhatFormerMembersHeldTest {

    static final String REPAIR = "db/migration/V9__release_what_former_members_held.sql";

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired CareTaskWriteService taskWrites;
    @Autowired CareTaskReadService taskReads;
    @Autowired ShiftService shifts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    VillageUser maya;
    VillageUser rose;
    VillageUser dan;
    VillageUser leo;
    SpaceId space;

    @BeforeEach
    void aFamilyTwoDaysAgo() {
        clock.set(Instant.now().minus(Duration.ofDays(2)));
        maya = family.mother();
        rose = family.person("Rose", FamilyRole.SUPPORTER);
        dan = family.person("Dan", FamilyRole.SUPPORTER);
        leo = family.person("Leo", FamilyRole.SUPPORTER);
        space = family.space();
    }

    LocalDate familyDay(int daysFromClock) {
        return clock.instant().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate().plusDays(daysFromClock);
    }

    static ShiftForm night(LocalDate day, int capacity) {
        return new ShiftForm(ShiftKind.NIGHT, day, LocalTime.of(22, 0), null, LocalTime.of(6, 0), capacity, "");
    }

    int taken(ShiftId shiftId) {
        return jdbc.queryForObject("select taken from care_shift where id = ?", Integer.class, shiftId.value());
    }

    void runTheRepair() throws IOException {
        var script = new ClassPathResource(REPAIR).getContentAsString(StandardCharsets.UTF_8);
        var withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        Arrays.stream(withoutComments.split(";")).map(String::strip).filter(sql -> !sql.isEmpty())
                .forEach(jdbc::update);
    }

    @Test
    void comingShiftsCountWhoIsReallyOnThemAndFormerMembersHoldNothingComing() throws IOException {
        family.as(maya);
        // Tomorrow night by the clock set two days back: it started before the real now, whatever the hour.
        var pastNight = shifts.create(space, night(familyDay(1), 2));
        var comingNight = shifts.create(space, night(familyDay(6), 3));
        var dinner = taskWrites.create(space, TaskForm.once("Bring dinner", TaskCategory.MEALS, "", familyDay(6), 60));
        var laundry = taskWrites.create(space, TaskForm.once("Fold laundry", TaskCategory.HOUSEHOLD, "", familyDay(0), 30));
        for (var helper : new VillageUser[] {rose, dan}) {
            family.as(helper);
            shifts.signUp(space, pastNight);
            shifts.signUp(space, comingNight);
        }
        family.as(leo);
        shifts.signUp(space, comingNight);
        family.as(rose);
        taskWrites.claim(space, dinner);
        taskWrites.claim(space, laundry);
        taskWrites.markDone(space, laundry, null);

        // What the app did before: Rose's leaving deleted only her membership; Dan's deleted account took his
        // sign-ups with it (on delete cascade) and left the counts.
        jdbc.update("delete from membership where space_id = ? and account_id = ?", space.value(), rose.accountId());
        jdbc.update("delete from account where id = ?", dan.accountId());
        assertThat(taken(comingNight)).isEqualTo(3);

        runTheRepair();

        assertThat(taken(comingNight)).isEqualTo(1);
        assertThat(jdbc.queryForList("select account_id from shift_signup where shift_id = ?", UUID.class, comingNight.value()))
                .containsExactly(leo.accountId());
        // The night that started is the record of who was there: Rose's sign-up and both places stay.
        assertThat(taken(pastNight)).isEqualTo(2);
        assertThat(jdbc.queryForList("select account_id from shift_signup where shift_id = ?", UUID.class, pastNight.value()))
                .containsExactly(rose.accountId());

        clock.set(Instant.now());
        family.as(maya);
        assertThat(taskReads.task(space, dinner).task().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(taskReads.task(space, laundry).task().status()).isEqualTo(TaskStatus.DONE);
        assertThat(taskReads.task(space, laundry).task().assigneeName()).isEqualTo("Rose");
        family.as(maya);
        shifts.signUp(space, comingNight);
        assertThat(taken(comingNight)).isEqualTo(2);
    }

    @Test
    void countsAlreadyRightAreLeftAsTheyAre() throws IOException {
        family.as(maya);
        var comingNight = shifts.create(space, night(familyDay(6), 2));
        family.as(leo);
        shifts.signUp(space, comingNight);
        var version = jdbc.queryForObject("select version from care_shift where id = ?", Long.class, comingNight.value());

        runTheRepair();

        assertThat(taken(comingNight)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select version from care_shift where id = ?", Long.class, comingNight.value()))
                .isEqualTo(version);
    }
}
