package app.village.family;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of family spaces, for the subject of mail written with nobody signed in (reminders) or to people
 * other than the one signed in (changes to a shift). System side: no family-space check; it gives nothing else
 * of a space.
 */
@Component
public class SpaceNames {

    private final FamilySpaceRepository spaces;

    SpaceNames(FamilySpaceRepository spaces) {
        this.spaces = spaces;
    }

    /** Each existing space's name; a deleted space is simply missing. */
    @Transactional(readOnly = true)
    public Map<UUID, String> of(Collection<UUID> spaceIds) {
        var names = new HashMap<UUID, String>();
        spaces.findAllById(spaceIds).forEach(space -> names.put(space.getId(), space.getName()));
        return names;
    }
}
