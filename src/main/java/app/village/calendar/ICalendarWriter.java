package app.village.calendar;

import app.village.caretask.CalendarTask;
import app.village.shift.CalendarShift;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one person's shifts and tasks as an iCalendar (RFC 5545) document. Times are written in each
 * family's own time zone, with that zone's VTIMEZONE, so calendar apps show them right across daylight
 * saving changes. Each event's UID is its shift's or task's id, so an updated feed replaces events instead
 * of adding copies.
 * <p>Decision: docs/decisions/calendar-feed-time-zones-and-uids.md.
 */
@Component
class ICalendarWriter {

    static final String PRODUCT_ID = "-//Village//Calendar feed//EN";
    static final String CALENDAR_NAME = "Village";
    static final String UID_SUFFIX = "@village";
    /** How often we ask calendar apps to check for changes; most check less often whatever we say. */
    static final Duration REFRESH = Duration.ofHours(1);

    /** One registry for the application: it reads each zone's definition from ical4j's data once. */
    private final TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();

    String write(List<CalendarShift> shifts, List<CalendarTask> tasks, Map<UUID, ZoneId> zones,
            Instant now) {
        var calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", CALENDAR_NAME));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));

        var used = new Zones(registry);
        var events = new ArrayList<VEvent>();
        for (var shift : shifts) {
            var zone = used.resolve(zones.get(shift.spaceId()));
            events.add(event(shift.id() + UID_SUFFIX, now, zone.at(shift.startsAt()), zone.at(shift.endsAt()),
                    shift.title(), shift.notes(), false));
        }
        for (var task : tasks) {
            if (task.start() == null) {
                events.add(event(task.id() + UID_SUFFIX, now, task.day(), task.day().plusDays(1), task.title(),
                        task.notes(), true));
                continue;
            }
            var zone = used.resolve(zones.get(task.spaceId()));
            var start = task.day().atTime(task.start()).atZone(zone.javaZone());
            var end = task.end() != null ? task.day().atTime(task.end()).atZone(zone.javaZone())
                    : start.plusMinutes(Math.max(task.effortMinutes(), 1));
            events.add(event(task.id() + UID_SUFFIX, now, zone.at(start.toInstant()), zone.at(end.toInstant()),
                    task.title(), task.notes(), false));
        }
        used.definitions().forEach(calendar::add);
        events.forEach(calendar::add);

        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(String uid, Instant now, Temporal start, Temporal end, String summary,
            @Nullable String notes, boolean allDay) {
        var event = new VEvent(false);
        event.add(new Uid(uid));
        event.add(new DtStamp(now));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(summary));
        if (notes != null && !notes.isBlank()) {
            event.add(new Description(notes));
        }
        // A task for some time in the day shouldn't mark the whole day as busy.
        event.add(allDay ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
        return event;
    }

    /** The time zones one feed uses, each with its VTIMEZONE; times in a zone ical4j lacks are written in UTC. */
    private static final class Zones {

        private final TimeZoneRegistry registry;
        private final Map<ZoneId, ResolvedZone> resolved = new HashMap<>();
        private final Map<String, VTimeZone> definitions = new LinkedHashMap<>();

        Zones(TimeZoneRegistry registry) {
            this.registry = registry;
        }

        ResolvedZone resolve(@Nullable ZoneId zone) {
            var wanted = zone != null ? zone : ZoneId.of("UTC");
            return resolved.computeIfAbsent(wanted, this::lookUp);
        }

        private ResolvedZone lookUp(ZoneId zone) {
            return definitionOf(zone).map(definition -> {
                var tzid = definition.getTimeZoneId().getValue();
                definitions.putIfAbsent(tzid, definition);
                return new ResolvedZone(ZoneId.of(tzid), true);
            }).orElseGet(() -> new ResolvedZone(zone, false));
        }

        /** The zone's definition, when ical4j has one whose TZID Java knows too (aliases become canonical). */
        private Optional<VTimeZone> definitionOf(ZoneId zone) {
            try {
                var timeZone = registry.getTimeZone(zone.getId());
                if (timeZone == null) {
                    return Optional.empty();
                }
                var definition = timeZone.getVTimeZone();
                ZoneId.of(definition.getTimeZoneId().getValue());
                return Optional.of(definition);
            } catch (RuntimeException e) {
                // ical4j fails on ids it has no data for (a fixed offset such as "+03:00") in more ways than one.
                return Optional.empty();
            }
        }

        List<VTimeZone> definitions() {
            return List.copyOf(definitions.values());
        }
    }

    /** A zone to write times in: with its TZID and VTIMEZONE when {@code defined}, else as UTC instants. */
    private record ResolvedZone(ZoneId javaZone, boolean defined) {

        Temporal at(Instant instant) {
            return defined ? instant.atZone(javaZone) : instant;
        }
    }
}
