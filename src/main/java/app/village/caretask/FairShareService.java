package app.village.caretask;

import app.village.family.FamilyPermission;
import app.village.family.FamilyService;
import app.village.family.SpaceAccess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the care of one family space is shared: who did how much lately, and how often she asked her circle.
 * Every method checks through {@link SpaceAccess} that the signed-in person belongs to the space.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class FairShareService {

    private final CareTaskRepository tasks;
    private final SpaceAccess access;
    private final FamilyService families;
    private final Clock clock;

    FairShareService(CareTaskRepository tasks, SpaceAccess access, FamilyService families, Clock clock) {
        this.tasks = tasks;
        this.access = access;
        this.families = families;
        this.clock = clock;
    }

    /**
     * Effort-minutes done by each current member in the last 7 and 30 days; night work counts double. Tasks
     * done for the mother never count in her own share (she is not asked to do them).
     */
    @Transactional(readOnly = true)
    public FairShare fairShare(UUID spaceId) {
        access.require(spaceId, FamilyPermission.VIEW_SPACE);
        var now = clock.instant();
        var members = families.members(spaceId);
        var mothers = new HashSet<UUID>();
        members.stream().filter(m -> FamilyPermission.PLAN_OWN_REST.allows(m.role(), false))
                .forEach(m -> mothers.add(m.accountId()));
        var week = new HashMap<UUID, Integer>();
        var month = new HashMap<UUID, Integer>();
        for (var row : tasks.sumDoneMinutes(spaceId, now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(30)))) {
            var person = (UUID) row[0];
            if (Boolean.TRUE.equals(row[1]) && mothers.contains(person)) {
                continue;
            }
            week.merge(person, ((Number) row[2]).intValue(), Integer::sum);
            month.merge(person, ((Number) row[3]).intValue(), Integer::sum);
        }
        var byMinutes = Comparator.comparingInt(FairShare.Share::minutes).reversed()
                .thenComparing(FairShare.Share::name);
        return new FairShare(
                members.stream().map(m -> new FairShare.Share(m.accountId(), m.displayName(), m.isMe(),
                        week.getOrDefault(m.accountId(), 0))).sorted(byMinutes).toList(),
                members.stream().map(m -> new FairShare.Share(m.accountId(), m.displayName(), m.isMe(),
                        month.getOrDefault(m.accountId(), 0))).sorted(byMinutes).toList());
    }

    /**
     * How many tasks the signed-in person put up for her circle since {@code since}: one-off tasks and
     * repeating ones (counted once, however many days they have). Tasks she added for herself are not asking.
     */
    @Transactional(readOnly = true)
    public long tasksAskedSince(UUID spaceId, Instant since) {
        var me = access.require(spaceId, FamilyPermission.VIEW_SPACE);
        return tasks.countAskedByWithSeries(spaceId, me.accountId(), since);
    }
}
