package app.village.demo;

import app.village.account.AccountService;
import app.village.account.Registration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo family from {@code seeds/demo/family.json} into an empty database, through the
 * features' own services so demo data obeys the same rules as real data. Enabled only in the default
 * profile ({@code village.demo-data.enabled}); never in the postgres profile or in tests unless asked.
 */
@Component
@ConditionalOnProperty(name = "village.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String SEED = "/seeds/demo/family.json";

    private final AccountService accountService;

    DemoData(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accountService.hasAnyAccount()) {
            log.info("Demo data not loaded: the database already has accounts");
            return;
        }
        var family = read();
        family.people().forEach(person ->
                accountService.register(new Registration(person.email(), person.displayName(), family.password())));
        log.info("Demo family loaded. Log in at /login with any of these emails and the password {}:", family.password());
        family.people().forEach(person -> log.info("  {}  ({}, {})", person.email(), person.displayName(), person.about()));
    }

    static DemoFamily read() {
        try (var in = Objects.requireNonNull(DemoData.class.getResourceAsStream(SEED), SEED + " is missing")) {
            return JsonMapper.builder().build().readValue(in, DemoFamily.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record DemoFamily(String password, List<Person> people) {
    }

    record Person(String email, String displayName, String about) {
    }
}
