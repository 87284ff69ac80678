package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.SpaceId;
import app.village.security.VillageUser;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.IntegrationTest;
import app.village.testsupport.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The V13 migration marks the nights whose note Village wrote from her sleep window, which until then only the
 * note's first words told apart. Its update runs against nights stored as before it (the column all false): a
 * night with Village's note is marked and follows her next window; a night whose note an organizer wrote is not.
 */
@IntegrationTest
class SleepWindowNoteMigrationTest {

    static final String MIGRATION = "db/migration/V13__sleep_window_note.sql";
    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired ShiftService shifts;
    @Autowired RestService restService;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    LocalDate today;
    VillageUser maya;
    SpaceId space;

    @BeforeEach
    void aFamilyAtNoon() {
        today = LocalDate.now(HELSINKI);
        clock.set(ZonedDateTime.of(today, LocalTime.NOON, HELSINKI).toInstant());
        maya = family.mother();
        space = family.space();
        family.as(maya);
    }

    /** The migration's update statements (its column exists already: Flyway made this database). */
    void runTheUpdate() throws IOException {
        var script = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        var withoutComments = script.lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        Arrays.stream(withoutComments.split(";")).map(String::strip).filter(sql -> sql.startsWith("update"))
                .forEach(jdbc::update);
    }

    boolean marked(ShiftId shiftId) {
        return jdbc.queryForObject("select sleep_window_note from care_shift where id = ?", Boolean.class, shiftId.value());
    }

    ShiftId nightOf(LocalDate day) {
        return restService.sleepCover(space).nights().stream().filter(night -> night.day().equals(day)).findFirst()
                .orElseThrow().shiftId();
    }

    @Test
    void nightsWithVillagesNoteAreMarkedAndFollowHerNextWindowWhileHerOwnNoteStays() throws IOException {
        restService.setSleepWindow(space, new SleepWindowForm(LocalTime.of(23, 0), LocalTime.of(4, 0)));
        var villages = nightOf(today.plusDays(1));
        var hers = nightOf(today.plusDays(2));
        shifts.edit(space, hers, new ShiftForm(ShiftKind.NIGHT, today.plusDays(2), LocalTime.of(23, 0), null,
                LocalTime.of(4, 0), 1, "So she can sleep: Leo's mother may come instead"));
        jdbc.update("update care_shift set sleep_window_note = false where space_id = ?", space.value());

        runTheUpdate();

        assertThat(marked(villages)).isTrue();
        assertThat(marked(hers)).as("a note an organizer wrote").isFalse();
        restService.setSleepWindow(space, new SleepWindowForm(LocalTime.of(22, 0), LocalTime.of(5, 0)));
        assertThat(shifts.shift(space, villages).shift().notes())
                .isEqualTo("So she can sleep: her window is 10:00 PM to 5:00 AM.");
        assertThat(shifts.shift(space, hers).shift().notes()).isEqualTo("So she can sleep: Leo's mother may come instead");
    }
}
