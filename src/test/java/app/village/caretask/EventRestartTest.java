package app.village.caretask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.village.VillageApplication;
import app.village.account.AccountService;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.family.SpaceForm;
import app.village.testsupport.MutableClock;
import app.village.testsupport.SignedIn;
import app.village.testsupport.TestClockConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The "events survive a restart between commit and listener": a task is added and committed, its
 * {@link TaskAdded} is stored in {@code event_publication} with it, and the application stops before a listener
 * has finished with it (here the listener fails, as it would if the machine went down under it). Started again on
 * the same database (an H2 file in a temporary folder), the application hands the event to the listener once, and
 * the publication is complete (completion mode "delete": its row is gone). It starts the whole application twice,
 * so it is slow.
 */
class EventRestartTest {

    @TempDir Path folder;

    /**
     * Stands for the bell or a live page listening to {@link TaskAdded}: the same listener in both runs (a
     * publication names its listener), failing in the first while {@code village.test.listener-fails} is set.
     */
    static class TaskAddedListener {

        private final List<TaskAdded> received = new CopyOnWriteArrayList<>();
        private final boolean fails;

        TaskAddedListener(@Value("${village.test.listener-fails:false}") boolean fails) {
            this.fails = fails;
        }

        /** What it was handed, in order (a method: the bean is a proxy for its transaction and thread). */
        List<TaskAdded> received() {
            return List.copyOf(received);
        }

        @ApplicationModuleListener
        void on(TaskAdded added) {
            received.add(added);
            if (fails) {
                throw new IllegalStateException("The application stops before this listener has finished.");
            }
        }
    }

    ConfigurableApplicationContext start(String databaseUrl, boolean listenerFails) {
        // Command-line arguments, so they win over application-test.properties.
        var context = new SpringApplicationBuilder(VillageApplication.class, TestClockConfiguration.class,
                TaskAddedListener.class)
                .profiles("test")
                .run("--spring.datasource.url=" + databaseUrl, "--server.port=0",
                        "--village.test.listener-fails=" + listenerFails);
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        return context;
    }

    static List<String> publicationsOf(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForList(
                "select event_type from event_publication where listener_id like ? and completion_date is null",
                String.class, "%" + TaskAddedListener.class.getSimpleName() + "%");
    }

    @Test
    void anEventCommittedBeforeARestartReachesItsListenerOnceAfterIt() {
        var databaseUrl = "jdbc:h2:file:" + folder.resolve("village").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        TaskAdded added;

        try (var before = start(databaseUrl, true)) {
            before.getBean(MutableClock.class).set(Instant.parse("2026-03-27T10:00:00Z"));
            var people = new FamilyTestData(before.getBean(AccountService.class), before.getBean(FamilyService.class),
                    before.getBean(InvitationService.class));
            var maya = people.person("Maya");
            SignedIn.as(maya.accountId(), maya.displayName());
            var space = before.getBean(FamilyService.class).createSpace(SpaceForm.named("The Rivera family", "UTC"));
            var dinner = before.getBean(CareTaskWriteService.class).create(space,
                    TaskForm.once("Bring dinner", TaskCategory.MEALS, "", LocalDate.of(2026, 3, 29), 60));
            SignedIn.nobody();
            added = new TaskAdded(space.value(), List.of(dinner.value()), maya.accountId());

            var listener = before.getBean(TaskAddedListener.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> !listener.received().isEmpty());
            assertThat(listener.received()).containsExactly(added);
            assertThat(publicationsOf(before)).as("stored with the task and not done")
                    .containsExactly(TaskAdded.class.getName());
        } finally {
            SignedIn.nobody();
        }

        try (var after = start(databaseUrl, false)) {
            var listener = after.getBean(TaskAddedListener.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> publicationsOf(after).isEmpty());
            assertThat(listener.received()).containsExactly(added);

            // Nothing outstanding is left to hand out again.
            after.getBean(IncompleteEventPublications.class).resubmitIncompletePublications(publication -> true);
            assertThat(after.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from event_publication", Integer.class)).isZero();
            assertThat(listener.received()).containsExactly(added);
        }
    }
}
