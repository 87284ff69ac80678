package app.village.family;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zone of family spaces, for system jobs that run with nobody signed in (laying out the days of
 * repeating shifts). It gives no access to anything else of a space.
 */
@Component
public class SpaceZones {

    private final FamilySpaceRepository spaces;

    SpaceZones(FamilySpaceRepository spaces) {
        this.spaces = spaces;
    }

    /** Each existing space's zone; a deleted space is simply missing. */
    @Transactional(readOnly = true)
    public Map<UUID, ZoneId> zonesOf(Collection<UUID> spaceIds) {
        var zones = new HashMap<UUID, ZoneId>();
        spaces.findAllById(spaceIds).forEach(space -> zones.put(space.getId(), space.getZone()));
        return zones;
    }
}
