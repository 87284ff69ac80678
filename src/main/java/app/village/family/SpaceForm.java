package app.village.family;

import app.village.base.Countries;
import app.village.base.PlainText;
import app.village.base.WithinYearsOfToday;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A family space's settings, as the owner edits them. Empty optional text means "not given". The country
 * (ISO 3166 alpha-2) decides which help lines Get help now shows her.
 */
public record SpaceForm(
        @NotBlank(message = "Please give the space a name, for example \"The Rivera family\".")
        @Size(max = FamilySpace.NAME_MAX, message = "Please keep the name to 80 characters or fewer.")
        @PlainText(PlainText.Kind.NAME)
        String name,

        @Size(max = FamilySpace.NAME_MAX, message = "Please keep the baby's name to 80 characters or fewer.")
        @PlainText(PlainText.Kind.NAME)
        String babyName,

        @Nullable LocalDate babyDate,

        boolean babyBorn,

        @NotBlank(message = "Please choose the family's time zone.")
        String timeZone,

        @Size(max = FamilySpace.NOTES_MAX, message = "Please keep this to 1,000 characters or fewer.")
        @PlainText
        String dietNotes,

        @Size(max = FamilySpace.NOTES_MAX, message = "Please keep this to 1,000 characters or fewer.")
        @PlainText
        String dropOffNotes,

        @Size(max = FamilySpace.QUIET_HOURS_MAX, message = "Please keep this to 200 characters or fewer.")
        @PlainText(PlainText.Kind.LINE)
        String quietHours,

        @Size(max = FamilySpace.ADDRESS_MAX, message = "Please keep the address to 500 characters or fewer.")
        @PlainText
        String address,

        boolean organizersMayInvite,

        @NotBlank(message = "Please choose the family's country.")
        String country) {

    /** How far from today the due or birth date may be. */
    public static final int BABY_DATE_YEARS_BACK = 2;
    public static final int BABY_DATE_YEARS_AHEAD = 1;

    // One constructor only: Vaadin's Binder.writeRecord calls the first one the class declares.

    /** A new space: just a name and a time zone, in the {@link Countries#DEFAULT} country until she says otherwise. */
    public static SpaceForm named(String name, String timeZone) {
        return new SpaceForm(name, "", null, false, timeZone, "", "", "", "", false, Countries.DEFAULT);
    }

    /** The same settings in another country. */
    public SpaceForm withCountry(String otherCountry) {
        return new SpaceForm(name, babyName, babyDate, babyBorn, timeZone, dietNotes, dropOffNotes, quietHours,
                address, organizersMayInvite, otherCountry);
    }

    /**
     * The property a refusal of the rule below names (each rule has one of these): views map it to the field the
     * message belongs next to.
     */
    public static final String COUNTRY_KNOWN = "countryKnown";

    @AssertTrue(message = "Please choose a country from the list.")
    boolean isCountryKnown() {
        return country == null || country.isBlank() || Countries.isKnown(country); // @NotBlank reports a blank one
    }

    public static final String TIME_ZONE_KNOWN = "timeZoneKnown";

    @AssertTrue(message = "Please choose a time zone from the list.")
    boolean isTimeZoneKnown() {
        if (timeZone == null || timeZone.isBlank()) {
            return true; // @NotBlank reports this one
        }
        try {
            ZoneId.of(timeZone.strip());
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    public static final String BABY_DATE_PLAUSIBLE = "babyDatePlausible";

    // A getter rather than a constraint on babyDate: only the service checks it, against the app clock, and a
    // refusal's path stays "babyDatePlausible".
    @WithinYearsOfToday(yearsBack = BABY_DATE_YEARS_BACK, yearsAhead = BABY_DATE_YEARS_AHEAD,
            message = "A due or birth date should be within a year of today.")
    @Nullable LocalDate getBabyDatePlausible() {
        return babyDate;
    }
}
