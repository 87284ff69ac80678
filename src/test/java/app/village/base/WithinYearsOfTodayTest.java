package app.village.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rule reads today from Bean Validation's clock, not the computer's. */
class WithinYearsOfTodayTest {

    record Visit(@WithinYearsOfToday(yearsBack = 1, yearsAhead = 2, message = "Too far") @Nullable LocalDate day) {
    }

    static final LocalDate TODAY = LocalDate.of(2031, 3, 10);

    final Validator validator = Validation.byDefaultProvider().configure()
            .clockProvider(() -> Clock.fixed(Instant.parse("2031-03-10T12:00:00Z"), ZoneOffset.UTC))
            .buildValidatorFactory().getValidator();

    boolean accepted(@Nullable LocalDate day) {
        return validator.validate(new Visit(day)).isEmpty();
    }

    @Test
    void daysFromAYearBackToTwoAheadOfTheClocksTodayPass() {
        assertThat(accepted(TODAY)).isTrue();
        assertThat(accepted(TODAY.minusYears(1))).isTrue();
        assertThat(accepted(TODAY.plusYears(2))).isTrue();
        assertThat(accepted(null)).isTrue();
    }

    @Test
    void daysOutsideTheWindowAreRefused() {
        assertThat(accepted(TODAY.minusYears(1).minusDays(1))).isFalse();
        assertThat(accepted(TODAY.plusYears(2).plusDays(1))).isFalse();
        assertThat(accepted(LocalDate.of(2026, 12, 7))).isFalse(); // the computer's today, years before the clock's
    }
}
