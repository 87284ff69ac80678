package app.village.shift;

import app.village.base.SystemSide;
import app.village.family.SpaceNamesAndZones;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps repeating shifts a few weeks ahead: at start-up and then every hour, each series gets its days up to
 * {@code village.shifts.days-ahead} from today, as shifts in its family's time zone. A system job, not a
 * member's action, so it goes through no family-space check; it only ever adds days a series' own rule gives.
 * Each series' new days are one {@link ShiftAdded} by nobody (the system), in the job's transaction.
 * <p>Decisions: docs/decisions/repeating-shifts-share-the-rule.md, docs/decisions/release-and-roll-publish-events.md.
 */
@SystemSide
@Component
class ShiftSeriesRoller {

    private static final Logger log = LoggerFactory.getLogger(ShiftSeriesRoller.class);

    private final CareShiftSeriesRepository series;
    private final CareShiftRepository shifts;
    private final SpaceNamesAndZones spaces;
    private final ShiftSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftSeriesRoller(CareShiftSeriesRepository series, CareShiftRepository shifts, SpaceNamesAndZones spaces,
            ShiftSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.series = series;
        this.shifts = shifts;
        this.spaces = spaces;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${village.shifts.roll-cron}")
    @Transactional
    public void rollForward() {
        // A day past UTC's date covers every family's time zone.
        var through = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(settings.daysAhead() + 1L);
        var needing = series.findNeedingDaysThrough(through);
        var spaceOf = spaces.of(needing.stream().map(CareShiftSeries::getSpaceId).distinct().toList());
        var added = 0;
        for (var rule : needing) {
            var space = spaceOf.get(rule.getSpaceId());
            if (space == null) {
                continue; // the space is being deleted with its series
            }
            var zone = space.zone();
            var now = clock.instant();
            var newDays = new ArrayList<UUID>(); // soonest first, as the rule gives them
            for (var day : rule.nextDaysThrough(through)) {
                var times = rule.timesOn(day, zone);
                if (times.isPresent()) {
                    newDays.add(shifts.save(new CareShift(rule, times.get(), now)).getId());
                }
            }
            if (!newDays.isEmpty()) {
                events.publishEvent(new ShiftAdded(rule.getSpaceId(), newDays, null));
                added += newDays.size();
            }
        }
        if (added > 0) {
            log.info("Added {} days of repeating shifts", added);
        }
    }
}
