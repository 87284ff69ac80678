package app.village.family;

import app.village.base.Countries;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Decision: docs/decisions/features-refer-to-spaces-by-id.md. */
@Entity
@Table(name = "family_space")
class FamilySpace {

    static final int NAME_MAX = 80;
    static final int NOTES_MAX = 1000;
    static final int QUIET_HOURS_MAX = 200;
    static final int ADDRESS_MAX = 500;

    @Id
    private UUID id;
    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(name = "baby_name", length = NAME_MAX)
    private @Nullable String babyName;
    @Column(name = "baby_date")
    private @Nullable LocalDate babyDate;
    @Column(name = "baby_born", nullable = false)
    private boolean babyBorn;
    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;
    @Column(name = "diet_notes", length = NOTES_MAX)
    private @Nullable String dietNotes;
    @Column(name = "drop_off_notes", length = NOTES_MAX)
    private @Nullable String dropOffNotes;
    @Column(name = "quiet_hours", length = QUIET_HOURS_MAX)
    private @Nullable String quietHours;
    @Column(length = ADDRESS_MAX)
    private @Nullable String address;
    /** ISO 3166 alpha-2, upper case; which help lines Get help now shows. */
    @Column(length = 2)
    private @Nullable String country;
    @Column(name = "organizers_may_invite", nullable = false)
    private boolean organizersMayInvite;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected FamilySpace() {
        // for JPA
    }

    FamilySpace(SpaceForm form, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        apply(form);
    }

    /** Copies a validated form in; blank optional text is stored as nothing. */
    void apply(SpaceForm form) {
        this.name = form.name().strip();
        this.babyName = blankToNull(form.babyName());
        this.babyDate = form.babyDate();
        this.babyBorn = form.babyBorn();
        this.timeZone = ZoneId.of(form.timeZone().strip()).getId();
        this.dietNotes = blankToNull(form.dietNotes());
        this.dropOffNotes = blankToNull(form.dropOffNotes());
        this.quietHours = blankToNull(form.quietHours());
        this.address = blankToNull(form.address());
        this.organizersMayInvite = form.organizersMayInvite();
        this.country = Countries.known(form.country()).orElseThrow(); // the form has checked it
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    SpaceForm toForm() {
        return new SpaceForm(name, orEmpty(babyName), babyDate, babyBorn, timeZone, orEmpty(dietNotes),
                orEmpty(dropOffNotes), orEmpty(quietHours), orEmpty(address), organizersMayInvite,
                country == null ? Countries.DEFAULT : country);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    UUID getId() {
        return id;
    }

    String getName() {
        return name;
    }

    ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    Optional<String> getCountry() {
        return Optional.ofNullable(country);
    }

    boolean isOrganizersMayInvite() {
        return organizersMayInvite;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FamilySpace space && id.equals(space.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
