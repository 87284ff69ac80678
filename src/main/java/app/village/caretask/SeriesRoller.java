package app.village.caretask;

import java.time.Clock;
import java.time.LocalDate;
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
 * Keeps repeating tasks a few weeks ahead: at start-up and then every hour, each series gets its days up to
 * {@code village.care-tasks.days-ahead} from today. A system job, not a member's action, so it goes
 * through no family-space check; it only ever adds days a series' own rule gives. Each series' new days are one
 * {@link TaskAdded} by nobody (the system), in the job's transaction.
 * <p>Decisions: docs/decisions/repeating-tasks-rolled-ahead.md, docs/decisions/release-and-roll-publish-events.md.
 */
@Component
class SeriesRoller {

    private static final Logger log = LoggerFactory.getLogger(SeriesRoller.class);

    private final CareTaskSeriesRepository series;
    private final CareTaskRepository tasks;
    private final CareTaskSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SeriesRoller(CareTaskSeriesRepository series, CareTaskRepository tasks, CareTaskSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.series = series;
        this.tasks = tasks;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${village.care-tasks.roll-cron}")
    @Transactional
    public void rollForward() {
        // A day past UTC's date covers every family's time zone.
        var through = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(settings.daysAhead() + 1L);
        var added = 0;
        for (var rule : series.findNeedingDaysThrough(through)) {
            var now = clock.instant();
            var newDays = new ArrayList<UUID>(); // soonest first, as the rule gives them
            for (var day : rule.nextDaysThrough(through)) {
                newDays.add(tasks.save(new CareTask(rule, day, now)).getId());
            }
            if (!newDays.isEmpty()) {
                events.publishEvent(new TaskAdded(rule.getSpaceId(), newDays, null));
                added += newDays.size();
            }
        }
        if (added > 0) {
            log.info("Added {} days of repeating care tasks", added);
        }
    }
}
