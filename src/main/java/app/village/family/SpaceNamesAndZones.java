package app.village.family;

import app.village.base.SystemSide;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The name and time zone of family spaces, read together for system jobs that run with nobody signed in: the
 * reminders and the digest (the family's name in the subject, its clock for the times), laying out the days of
 * repeating shifts, her sleep window holding mail. System side ({@link SystemSide}): no family-space check; it
 * gives nothing else of a space.
 */
@SystemSide
@Component
public class SpaceNamesAndZones {

    /** A space as a job names it and reads its clock. */
    public record Space(UUID spaceId, String name, ZoneId zone) {
    }

    private final FamilySpaceRepository spaces;

    SpaceNamesAndZones(FamilySpaceRepository spaces) {
        this.spaces = spaces;
    }

    /** Each existing space's name and zone, in one statement; a deleted space is simply missing. */
    @Transactional(readOnly = true)
    public Map<UUID, Space> of(Collection<UUID> spaceIds) {
        var found = new HashMap<UUID, Space>();
        spaces.findAllById(spaceIds).forEach(space -> found.put(space.getId(), of(space)));
        return found;
    }

    /** The spaces whose zone {@code wanted} accepts (such as "it is morning there"), in one statement. */
    @Transactional(readOnly = true)
    public List<Space> where(Predicate<ZoneId> wanted) {
        return spaces.findAll().stream().filter(space -> wanted.test(space.getZone())).map(SpaceNamesAndZones::of)
                .toList();
    }

    private static Space of(FamilySpace space) {
        return new Space(space.getId(), space.getName(), space.getZone());
    }
}
