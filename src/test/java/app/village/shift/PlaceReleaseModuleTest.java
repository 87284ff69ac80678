package app.village.shift;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.TestClockConfiguration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shift module with only the modules it depends on (no calendar, no demo): when the family module announces
 * that Rose was removed from the circle, her place on a coming night is free again.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
class PlaceReleaseModuleTest {

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired FamilyService families;
    @Autowired ShiftService shifts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void whenSheIsRemovedHerPlaceOnAComingNightIsFree(Scenario scenario) {
        var maya = family.mother();
        var rose = family.person("Rose", FamilyRole.SUPPORTER);
        var space = family.space();
        var inTenDays = LocalDate.ofInstant(family.clock().instant(), ZoneOffset.UTC).plusDays(10);
        family.as(maya);
        var night = shifts.create(space, new ShiftForm(ShiftKind.NIGHT, inTenDays, LocalTime.of(22, 0), null,
                LocalTime.of(6, 0), 1, ""));
        family.as(rose);
        shifts.signUp(space, night);

        family.as(maya);
        var roseInCircle = families.members(space).stream()
                .filter(member -> member.accountId().equals(rose.accountId())).findFirst().orElseThrow();
        scenario.stimulate(() -> families.removeMember(space, roseInCircle.membershipId()))
                .andWaitForStateChange(() -> jdbc.queryForObject(
                        "select count(*) from shift_signup where shift_id = ? and account_id = ?", Integer.class,
                        night.value(), rose.accountId()), places -> places == 0)
                .andVerify(places -> assertThat(places).isZero());
        var shift = shifts.shift(space, night).shift();
        assertThat(shift.taken()).isZero();
    }
}
