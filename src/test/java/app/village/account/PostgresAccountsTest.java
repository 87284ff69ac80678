package app.village.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.village.testsupport.RequiresPostgres;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same migrations and repository behaviour on the real PostgreSQL that production uses.
 * The test database's public schema is emptied first, so Flyway builds it from nothing every run.
 */
@RequiresPostgres
// Demo data switched on here on purpose: the postgres profile must keep it out all the same.
@SpringBootTest(properties = "village.demo-data.enabled=true")
@ActiveProfiles({"test", "postgres"})
class PostgresAccountsTest {

    @DynamicPropertySource
    static void usePostgres(DynamicPropertyRegistry registry) throws SQLException {
        try (var connection = DriverManager.getConnection(RequiresPostgres.Database.url(),
                RequiresPostgres.Database.user(), RequiresPostgres.Database.password());
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        registry.add("spring.datasource.url", RequiresPostgres.Database::url);
        registry.add("spring.datasource.username", RequiresPostgres.Database::user);
        registry.add("spring.datasource.password", RequiresPostgres.Database::password);
    }

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountRepository accounts;
    @Autowired AccountService accountService;

    @Test
    void flywayBuiltTheSchemaOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
                .contains("1");
    }

    @Test
    void accountsRoundTripAndEmailsStayUnique() {
        var email = "pg-" + UUID.randomUUID() + "@village.example";
        var id = accountService.register(new Registration(email.toUpperCase(), "Rose", "a quiet night for everyone"));

        var found = accounts.findByEmail(email).orElseThrow();
        assertThat(found.getId()).isEqualTo(id);
        assertThat(found.getCreatedAt()).isBefore(Instant.now().plusSeconds(5));

        assertThatThrownBy(() -> accounts.saveAndFlush(new Account(email, "Copy", "hash", Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    void theDemoFamilyIsNeverLoadedInThePostgresProfile() {
        assertThat(context.containsBean("demoData")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from account where display_name = 'Maya Rivera'", Integer.class))
                .isZero();
    }
}
