package app.village.update;

import static org.assertj.core.api.Assertions.assertThat;

import app.village.bell.BellService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyRole;
import app.village.photo.PhotoService;
import app.village.photo.ProcessedPhoto;
import app.village.testsupport.AfterCommitWork;
import app.village.testsupport.FamilyFixture;
import app.village.testsupport.RequiresPostgres;
import app.village.testsupport.SecurityContextOfThisApplication;
import app.village.testsupport.TestClockConfiguration;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 14's own queries on the PostgreSQL that production uses: an update page reads each update's photos, in
 * order, as one aggregated column (HQL's {@code listagg}, which PostgreSQL knows as {@code string_agg}); the bell
 * rings and counts through its own table.
 */
@RequiresPostgres
@SpringBootTest
@ActiveProfiles({"test", "postgres"})
@Import(TestClockConfiguration.class)
@ExtendWith(SecurityContextOfThisApplication.class)
class PostgresUpdatesAndBellTest {

    @DynamicPropertySource
    static void usePostgres(DynamicPropertyRegistry registry) {
        try (var connection = DriverManager.getConnection(RequiresPostgres.Database.url(),
                RequiresPostgres.Database.user(), RequiresPostgres.Database.password());
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        } catch (SQLException e) {
            return; // no database: @RequiresPostgres skips the class before any context is built
        }
        registry.add("spring.datasource.url", RequiresPostgres.Database::url);
        registry.add("spring.datasource.username", RequiresPostgres.Database::user);
        registry.add("spring.datasource.password", RequiresPostgres.Database::password);
    }

    @RegisterExtension final FamilyFixture family = new FamilyFixture();

    @Autowired UpdateService updates;
    @Autowired PhotoService photos;
    @Autowired CareTaskWriteService tasks;
    @Autowired BellService bell;
    @Autowired JdbcTemplate jdbc;

    @Test
    void updatePagesReadTheirPhotosInOrderOnPostgres() {
        var rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        family.as(rose);
        var three = processed(3);
        var withPhotos = updates.post(family.space(), new UpdateForm("A walk in the park"), three);
        family.clock().advance(Duration.ofMinutes(1));
        updates.post(family.space(), new UpdateForm("All asleep <3"));

        family.as(family.mother());
        var page = updates.updates(family.space(), null).updates();
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(page).extracting(UpdateSummary::text).containsExactly("All asleep <3", "A walk in the park");
        assertThat(page.getFirst().photos()).isEmpty();
        var shown = page.get(1).photos();
        assertThat(shown).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(photos.image(shown.get(i), app.village.photo.PhotoSize.THUMBNAIL)).get()
                    .as("photo %d in the order she added them", i + 1).isEqualTo(three.get(i).thumbnail());
        }
        assertThat(updates.onHome(family.space()).newest().get(1).photos()).isEqualTo(shown);

        updates.delete(family.space(), withPhotos);
        assertThat(jdbc.queryForObject("select count(*) from photo where space_id = ?", Integer.class,
                family.space().value())).isZero();
    }

    @Test
    void theBellRingsAndCountsOnPostgres() {
        var rose = family.person("Grandma Rose", FamilyRole.SUPPORTER);
        var today = LocalDate.ofInstant(family.clock().instant(), family.zone());
        family.as(family.mother());
        var dinner = tasks.create(family.space(), TaskForm.once("Bring dinner", TaskCategory.MEALS, "", today, 60));
        family.as(rose);
        tasks.claim(family.space(), dinner);
        AfterCommitWork.awaitDone(jdbc);

        family.as(family.mother());
        assertThat(bell.unreadCount()).isEqualTo(1);
        assertThat(bell.mine(0).notes()).singleElement()
                .satisfies(entry -> assertThat(entry.text()).isEqualTo("Grandma Rose took on a task you asked for."));
        bell.markAllRead();
        assertThat(bell.unreadCount()).isZero();
        family.as(rose);
        assertThat(bell.unreadCount()).isZero();
    }

    private List<ProcessedPhoto> processed(int count) {
        return IntStream.range(0, count).mapToObj(i -> photos.process(family.space(),
                new ByteArrayInputStream(UpdatePhotosTest.jpeg(new Color(40 * i, 80, 120))))).toList();
    }
}
