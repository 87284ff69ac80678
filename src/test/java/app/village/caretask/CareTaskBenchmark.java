package app.village.caretask;

import app.village.base.Repeat;
import app.village.VillageApplication;
import app.village.account.AccountService;
import app.village.family.FamilyRole;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.security.VillageUser;
import app.village.testsupport.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Server time and SQL statements of the care-task reads a member opens most: "Today", the first page of the
 * task list (the page and its count, as the list loads them) and the fair-share picture; and of all the service
 * calls the Today and task-list views make on entering. One family of 30 members, with the same days of tasks
 * ahead and behind today, once with 2,000 task occurrences (about two months of history) and once with 20,000
 * (three years). A plain program, not a test; docs/performance.md says how to run it.
 *
 * <p>Arguments: {@code [--warmup N] [--iterations N] [--keep] [--postgres JDBC_URL USER PASSWORD]}. Without
 * {@code --postgres} it uses a fresh H2 file database in a temporary folder that it deletes at the end, unless
 * {@code --keep} (to look at query plans afterwards); a PostgreSQL database must be empty, and keeps what the
 * benchmark wrote.
 */
public final class CareTaskBenchmark {

    static final int MEMBERS = 30;
    static final int SMALL_HISTORY = 2_000;
    static final int LONG_HISTORY = 20_000;
    /** The coming weeks a family plans ahead, as repeating tasks do ({@code village.care-tasks.days-ahead}). */
    static final int DAYS_AHEAD = 56;
    static final int LIST_PAGE = 20;
    static final int TARGET_STATEMENTS = 10;
    static final int TARGET_MILLIS = 50;
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private CareTaskBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int warmUp = 200;
        int iterations = 500;
        String postgresUrl = null;
        String postgresUser = null;
        String postgresPassword = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmUp = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                case "--postgres" -> {
                    postgresUrl = args[++i];
                    postgresUser = args[++i];
                    postgresPassword = args[++i];
                }
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use [--warmup N] [--iterations N] [--keep] [--postgres JDBC_URL USER PASSWORD]");
            }
        }

        Path dataDir = Files.createTempDirectory("village-caretask-bench");
        // As command-line arguments: they outrank application.properties (default properties would not).
        var properties = new ArrayList<>(List.of(
                "--village.data-dir=" + dataDir,
                "--village.demo-data.enabled=false",
                "--village.care-tasks.roll-cron=-",
                "--vaadin.launch-browser=false",
                "--spring.jpa.properties.hibernate.generate_statistics=true",
                // Statistics log a summary per session at INFO: it would flood the output and the timing.
                "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off"));
        if (postgresUrl == null) {
            properties.add("--spring.datasource.url=jdbc:h2:file:" + dataDir + "/village;DB_CLOSE_ON_EXIT=FALSE");
        } else {
            properties.add("--spring.datasource.url=" + postgresUrl);
            properties.add("--spring.datasource.username=" + postgresUser);
            properties.add("--spring.datasource.password=" + postgresPassword);
        }

        long started = System.nanoTime();
        // No web server: the services, their security and transactions, as in the running application. Vaadin's
        // security configuration needs a servlet context, so a mock one stands in, as in @SpringBootTest.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VillageApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(properties.toArray(String[]::new))) {
            var jdbc = context.getBean(JdbcTemplate.class);
            System.out.printf("Context started in %.1f s on %s%n", (System.nanoTime() - started) / 1e9,
                    jdbc.execute((Connection c) -> c.getMetaData().getURL()));
            Integer tasks = jdbc.queryForObject("select count(*) from care_task", Integer.class);
            if (tasks == null || tasks != 0) {
                throw new IllegalStateException("The database already holds care tasks; use an empty one.");
            }
            // Sign-ins must go where the services read: the strategy this application installed.
            context.getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            new Run(context, warmUp, iterations).run();
        } finally {
            SignedIn.nobody();
            if (keep) {
                System.out.println("Kept the database in " + dataDir);
            } else {
                FileSystemUtils.deleteRecursively(dataDir);
            }
        }
    }

    private static final class Run {

        private final CareTaskReadService taskReads;
        private final FairShareService fairShares;
        private final FamilyService familyService;
        private final JdbcTemplate jdbc;
        private final Statistics statistics;
        private final FamilyTestData data;
        private final LocalDate today;
        private final int warmUp;
        private final int iterations;

        Run(ConfigurableApplicationContext context, int warmUp, int iterations) {
            this.taskReads = context.getBean(CareTaskReadService.class);
            this.fairShares = context.getBean(FairShareService.class);
            this.familyService = context.getBean(FamilyService.class);
            this.jdbc = context.getBean(JdbcTemplate.class);
            this.statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
            this.data = new FamilyTestData(context.getBean(AccountService.class), familyService,
                    context.getBean(InvitationService.class));
            this.today = context.getBean(Clock.class).instant().atZone(ZONE).toLocalDate();
            this.warmUp = warmUp;
            this.iterations = iterations;
        }

        void run() {
            long started = System.nanoTime();
            var mother = data.person("Maya");
            var others = new ArrayList<VillageUser>();
            for (int i = 1; i < MEMBERS; i++) {
                others.add(data.person("Helper " + i));
            }
            var smallSpace = familyOf(mother, others, "Two months of history");
            var longSpace = familyOf(mother, others, "Three years of history");
            var members = new ArrayList<UUID>();
            members.add(mother.accountId());
            others.forEach(o -> members.add(o.accountId()));
            System.out.printf("%d members in each of two spaces in %.1f s%n", MEMBERS,
                    (System.nanoTime() - started) / 1e9);

            started = System.nanoTime();
            var smallRange = new History(smallSpace, mother.accountId(), members).insert(SMALL_HISTORY);
            var longRange = new History(longSpace, mother.accountId(), members).insert(LONG_HISTORY);
            jdbc.execute(isH2() ? "analyze" : "analyze care_task");
            System.out.printf("Inserted %,d task occurrences (%s to %s) and %,d (%s to %s) in %.1f s; today is %s%n",
                    SMALL_HISTORY, smallRange[0], smallRange[1], LONG_HISTORY, longRange[0], longRange[1],
                    (System.nanoTime() - started) / 1e9, today);

            SignedIn.as(mother.accountId(), mother.displayName());
            var spaces = new LinkedHashMap<Integer, UUID>();
            spaces.put(SMALL_HISTORY, smallSpace);
            spaces.put(LONG_HISTORY, longSpace);
            for (var space : spaces.entrySet()) {
                describe(space.getKey(), space.getValue());
            }

            var families = spaces.entrySet().stream()
                    .map(space -> new Family(space.getKey(), space.getValue()))
                    .toList();
            var calls = families.stream()
                    .flatMap(f -> Stream.of(f.today, f.page, f.count, f.fairShare, f.todayView, f.listView))
                    .toList();
            for (int i = 0; i < warmUp; i++) {
                calls.forEach(Call::measure);
            }
            calls.forEach(Call::reset);
            // Interleaved, so a pause of the machine hits both history lengths alike.
            for (int i = 0; i < iterations; i++) {
                calls.forEach(Call::measure);
            }
            print(families);
        }

        /** The calls measured on one family. */
        private final class Family {

            final Call today;
            final Call page;
            final Call count;
            final Call fairShare;
            final Call todayView;
            final Call listView;

            Family(int rows, UUID space) {
                var filter = TaskFilter.from(Run.this.today);
                this.today = new Call(rows, "today", statistics, () -> taskReads.today(space));
                this.page = new Call(rows, "list: page(from today, 0, 20)", statistics,
                        () -> taskReads.page(space, filter, 0, LIST_PAGE));
                this.count = new Call(rows, "list: count(from today)", statistics,
                        () -> taskReads.count(space, filter));
                this.fairShare = new Call(rows, "fairShare", statistics, () -> fairShares.fairShare(space));
                // What the views call on entering: TodayView and TaskListView open the space from the route
                // (FamilyService.openSpace, which also records the visit); the list fills its person filter.
                this.todayView = new Call(rows, "Today view: openSpace + today", statistics, () -> {
                    familyService.openSpace(space);
                    return taskReads.today(space);
                });
                this.listView = new Call(rows, "list view: + members, count, page", statistics, () -> {
                    familyService.openSpace(space);
                    familyService.members(space);
                    taskReads.count(space, filter);
                    return taskReads.page(space, filter, 0, LIST_PAGE);
                });
            }
        }

        private UUID familyOf(VillageUser mother, List<VillageUser> others, String name) {
            var space = data.spaceOf(mother, name);
            for (int i = 0; i < others.size(); i++) {
                var role = i == 0 ? FamilyRole.ORGANIZER : i % 5 == 0 ? FamilyRole.VIEWER : FamilyRole.SUPPORTER;
                data.join(mother, space, others.get(i), role);
            }
            return space;
        }

        private void describe(int rows, UUID space) {
            var todayTasks = taskReads.today(space);
            var filter = TaskFilter.from(today);
            System.out.printf("%,6d rows: Today shows %d of hers and %d open; the list from today has %,d tasks, "
                            + "first page %d; fair share has %d people%n", rows, todayTasks.mine().size(),
                    todayTasks.open().size(), taskReads.count(space, filter),
                    taskReads.page(space, filter, 0, LIST_PAGE).size(), fairShares.fairShare(space).lastWeek().size());
        }

        private void print(List<Family> families) {
            System.out.printf("%nMedian and 95th percentile of %d calls each after %d warm-up calls, signed in as the "
                    + "mother; statements counted by Hibernate statistics.%n%n", iterations, warmUp);
            System.out.printf("%-8s %-36s %10s %10s %11s%n", "Rows", "Call", "median ms", "p95 ms", "statements");
            for (var family : families) {
                var firstPage = family.page.plus(family.count, "list: first page (page + count)");
                for (var call : List.of(family.today, family.page, family.count, firstPage, family.fairShare,
                        family.todayView, family.listView)) {
                    System.out.printf("%-8s %-36s %10.2f %10.2f %11s%n", String.format(Locale.ROOT, "%,d", call.rows),
                            call.name, call.percentile(0.5), call.percentile(0.95), call.statementRange());
                }
            }
            System.out.printf("%nTarget per view: at most %d statements and under %d ms.%n", TARGET_STATEMENTS,
                    TARGET_MILLIS);
            for (var family : families) {
                for (var view : List.of(family.today, family.page.plus(family.count, "list: first page"),
                        family.todayView, family.listView)) {
                    System.out.printf("%,6d rows, %-36s %s%n", view.rows, view.name + ":",
                            view.maxStatements() <= TARGET_STATEMENTS && view.percentile(0.95) < TARGET_MILLIS
                                    ? "met (p95 and every call's statements)"
                                    : view.maxStatements() <= TARGET_STATEMENTS && view.percentile(0.5) < TARGET_MILLIS
                                            ? "met by the median, not by the p95"
                                            : "MISSED");
                }
            }
        }

        private boolean isH2() {
            return Boolean.TRUE.equals(jdbc.execute((Connection c) ->
                    c.getMetaData().getDatabaseProductName().equals("H2")));
        }

        /** One family's tasks: the same tasks on each day, however far back the history goes. */
        private final class History {

            private static final String INSERT_TASK = "insert into care_task (id, space_id, title, category, notes, "
                    + "due_date, effort_minutes, assignee_id, created_by, created_at, done_at, done_by, done_note, "
                    + "version, series_id, start_time, end_time, night_work) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";
            private static final String INSERT_SERIES = "insert into care_task_series (id, space_id, title, category, "
                    + "notes, start_time, end_time, effort_minutes, repeat_kind, weekdays, every_days, starts_on, "
                    + "ends_on, generated_through, assignee_id, created_by, created_at, version) "
                    + "values (?, ?, ?, ?, null, ?, ?, ?, ?, 0, ?, ?, null, ?, null, ?, ?, 0)";

            /** Repeating tasks: the first of each day's tasks. */
            private static final Template[] SERIES = {
                new Template("Night feed so she can sleep", TaskCategory.BABY_CARE, 45, LocalTime.of(2, 0)),
                new Template("Bring dinner", TaskCategory.MEALS, 60, LocalTime.of(18, 0)),
                new Template("Walk the dog", TaskCategory.OLDER_CHILDREN_AND_PETS, 30, LocalTime.of(7, 30)),
                new Template("Load of laundry", TaskCategory.HOUSEHOLD, 40, null),
            };
            /** One-off tasks, picked at random for the rest of each day. */
            private static final Template[] ONE_OFF = {
                new Template("Groceries", TaskCategory.ERRANDS, 45, null),
                new Template("Pharmacy run", TaskCategory.ERRANDS, 30, null),
                new Template("Vacuum the living room", TaskCategory.HOUSEHOLD, 30, null),
                new Template("Dishes after lunch", TaskCategory.HOUSEHOLD, 20, LocalTime.of(13, 0)),
                new Template("Hold the baby while she naps", TaskCategory.CARE_FOR_THE_MOTHER, 90, LocalTime.of(14, 0)),
                new Template("Sit with her for a cup of tea", TaskCategory.CARE_FOR_THE_MOTHER, 45, null),
                new Template("Pram walk", TaskCategory.BABY_CARE, 60, LocalTime.of(10, 0)),
                new Template("Bath time", TaskCategory.BABY_CARE, 30, LocalTime.of(19, 30)),
                new Template("Late feed", TaskCategory.BABY_CARE, 45, LocalTime.of(23, 0)),
                new Template("School pick-up", TaskCategory.OLDER_CHILDREN_AND_PETS, 30, LocalTime.of(15, 0)),
                new Template("Soup for the freezer", TaskCategory.MEALS, 90, null),
                new Template("Visit with a cake", TaskCategory.VISITS, 60, LocalTime.of(16, 0)),
            };

            private final UUID space;
            private final UUID mother;
            private final List<UUID> members;
            private final Map<Template, UUID> seriesIds = new HashMap<>();

            History(UUID space, UUID mother, List<UUID> members) {
                this.space = space;
                this.mother = mother;
                this.members = members;
            }

            /** Inserts {@code rows} tasks, newest day first; returns the first and last due day. */
            LocalDate[] insert(int rows) {
                // The series first, from today: their tasks refer to them. Their first day is set at the end.
                var created = OffsetDateTime.of(today.atTime(9, 0), ZoneOffset.UTC);
                jdbc.batchUpdate(INSERT_SERIES, Arrays.stream(SERIES).map(s -> new Object[] {
                    seriesIds.computeIfAbsent(s, t -> UUID.randomUUID()), space, s.title, s.category.name(), s.start,
                    s.end(), s.effort, Repeat.DAILY.name(), 1, today, today.plusDays(DAYS_AHEAD), mother, created})
                        .toList());
                var batch = new ArrayList<Object[]>();
                var day = today.plusDays(DAYS_AHEAD - 1);
                int inserted = 0;
                while (inserted < rows) {
                    var tasks = day(day);
                    for (int i = 0; i < tasks.size() && inserted < rows; i++, inserted++) {
                        batch.add(tasks.get(i));
                    }
                    if (batch.size() >= 1_000) {
                        jdbc.batchUpdate(INSERT_TASK, batch);
                        batch.clear();
                    }
                    if (inserted < rows) {
                        day = day.minusDays(1);
                    }
                }
                jdbc.batchUpdate(INSERT_TASK, batch);
                jdbc.update("update care_task_series set starts_on = ?, created_at = ? where space_id = ?", day,
                        OffsetDateTime.of(day.minusDays(3).atTime(9, 0), ZoneOffset.UTC), space);
                return new LocalDate[] {day, today.plusDays(DAYS_AHEAD - 1)};
            }

            /** The tasks of one day: 17 or 18, four of them from repeating tasks, one in 60 without a date. */
            private List<Object[]> day(LocalDate day) {
                // Seeded by the day, so both families have the same tasks on the same days.
                var random = new Random(day.toEpochDay());
                int count = random.nextInt(100) < 36 ? 18 : 17;
                var rows = new ArrayList<Object[]>(count);
                for (int i = 0; i < count; i++) {
                    boolean inSeries = i < SERIES.length;
                    var template = inSeries ? SERIES[i] : ONE_OFF[random.nextInt(ONE_OFF.length)];
                    var seriesId = inSeries ? seriesIds.get(template) : null;
                    var dueDate = !inSeries && random.nextInt(60) == 0 ? null : day;
                    rows.add(row(template, seriesId, dueDate, day, random));
                }
                return rows;
            }

            /**
             * Before today nearly everything was done, a few slipped or were never taken; today a mix; ahead
             * about a third is taken. Undated tasks are done unless added in the last two weeks.
             */
            private Object[] row(Template template, @Nullable UUID seriesId, @Nullable LocalDate dueDate,
                    LocalDate day, Random random) {
                long daysFromToday = ChronoUnit.DAYS.between(today, day);
                int roll = random.nextInt(100);
                boolean done;
                boolean taken;
                if (dueDate == null) {
                    done = daysFromToday < -14;
                    taken = done || roll < 50;
                } else if (daysFromToday < 0) {
                    done = roll < 90;
                    taken = roll < 95;
                } else if (daysFromToday == 0) {
                    done = roll < 30;
                    taken = roll < 70;
                } else {
                    done = false;
                    taken = roll < 35;
                }
                // The mother takes on about one task in ten herself, the other 29 share the rest.
                var assignee = !taken ? null
                        : random.nextInt(10) == 0 ? mother : members.get(1 + random.nextInt(members.size() - 1));
                var createdAt = day.minusDays(3).atTime(9, 0).atZone(ZONE).toInstant();
                Instant doneAt = null;
                if (done) {
                    var at = template.start != null ? template.start : LocalTime.of(12, 0);
                    doneAt = day.atTime(at).plusMinutes(template.effort).atZone(ZONE).toInstant();
                    if (doneAt.isAfter(Instant.now())) {
                        doneAt = Instant.now().minusSeconds(600);
                    }
                }
                boolean night = done && CareTask.isNight(template.start != null ? template.start
                        : doneAt.atZone(ZONE).toLocalTime());
                var notes = random.nextInt(5) == 0 ? "Vegetarian, no peanuts" : null;
                var doneNote = done && random.nextInt(10) == 0 ? "Left the soup in the fridge" : null;
                return new Object[] {UUID.randomUUID(), space, template.title, template.category.name(), notes,
                    dueDate, template.effort, assignee, mother, utc(createdAt), utc(doneAt), done ? assignee : null,
                    doneNote, seriesId, template.start, template.end(), night};
            }

            private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
                return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
            }
        }
    }

    private record Template(String title, TaskCategory category, int effort, @Nullable LocalTime start) {

        @Nullable LocalTime end() {
            return start == null ? null : start.plusMinutes(effort);
        }
    }

    /** One service call on one family, with the time and statements of each measured run. */
    private static final class Call {

        final int rows;
        final String name;
        private final Supplier<?> action;
        private final Statistics statistics;
        final List<Long> nanos = new ArrayList<>();
        final List<Long> statements = new ArrayList<>();

        Call(int rows, String name, Statistics statistics, Supplier<?> action) {
            this.rows = rows;
            this.name = name;
            this.statistics = statistics;
            this.action = action;
        }

        void measure() {
            long before = statistics.getPrepareStatementCount();
            long start = System.nanoTime();
            action.get();
            long took = System.nanoTime() - start;
            nanos.add(took);
            statements.add(statistics.getPrepareStatementCount() - before);
        }

        void reset() {
            nanos.clear();
            statements.clear();
        }

        /** Per run, this call and {@code other} together, as the list view makes both. */
        Call plus(Call other, String sumName) {
            var sum = new Call(rows, sumName, statistics, () -> null);
            for (int i = 0; i < nanos.size(); i++) {
                sum.nanos.add(nanos.get(i) + other.nanos.get(i));
                sum.statements.add(statements.get(i) + other.statements.get(i));
            }
            return sum;
        }

        long maxStatements() {
            return statements.stream().max(Comparator.naturalOrder()).orElse(0L);
        }

        double percentile(double p) {
            return CareTaskBenchmark.percentile(nanos, p);
        }

        String statementRange() {
            long min = statements.stream().min(Comparator.naturalOrder()).orElse(0L);
            long max = statements.stream().max(Comparator.naturalOrder()).orElse(0L);
            return min == max ? Long.toString(min) : min + "-" + max;
        }
    }

    /** Milliseconds at the given percentile, nearest rank. */
    static double percentile(List<Long> nanos, double p) {
        var sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
