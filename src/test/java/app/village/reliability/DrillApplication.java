package app.village.reliability;

import app.village.VillageApplication;
import app.village.account.AccountService;
import app.village.caretask.CareTaskWriteService;
import app.village.caretask.TaskCategory;
import app.village.caretask.TaskForm;
import app.village.family.FamilyService;
import app.village.family.FamilyTestData;
import app.village.family.InvitationService;
import app.village.testsupport.SignedIn;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The application as a first run starts it (no profile, its H2 file database under {@code village.data-dir}),
 * without a web server, with a mother signed in to her new space: what {@link CrashDrill} and
 * {@link CommitCostBenchmark} write through.
 */
final class DrillApplication implements AutoCloseable {

    /** The URL the application used before every commit was written at once: H2's default write delay. */
    static final String URL_WITH_WRITE_DELAY = "jdbc:h2:file:${village.data-dir}/village;DB_CLOSE_ON_EXIT=FALSE";

    private final ConfigurableApplicationContext context;
    private final CareTaskWriteService taskWrites;
    private final UUID space;
    private final LocalDate today;

    private DrillApplication(ConfigurableApplicationContext context) {
        this.context = context;
        this.taskWrites = context.getBean(CareTaskWriteService.class);
        // Sign-ins must go where the services read: the strategy this application installed.
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        var data = new FamilyTestData(context.getBean(AccountService.class), context.getBean(FamilyService.class),
                context.getBean(InvitationService.class));
        var mother = data.person("Maya");
        // Leaves her signed in on this thread.
        this.space = data.spaceOf(mother, "The drill family");
        this.today = LocalDate.now(context.getBean(Clock.class));
    }

    /**
     * Starts the application on {@code dataDir}; with {@code datasourceUrl} (placeholders allowed) instead of
     * the one in application.properties.
     */
    static DrillApplication start(Path dataDir, @Nullable String datasourceUrl) {
        var arguments = new ArrayList<>(List.of(
                "--village.data-dir=" + dataDir,
                "--village.demo-data.enabled=false",
                "--village.care-tasks.roll-cron=-",
                "--village.shifts.roll-cron=-",
                "--vaadin.launch-browser=false",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off"));
        if (datasourceUrl != null) {
            arguments.add("--spring.datasource.url=" + datasourceUrl);
        }
        // Vaadin's security configuration needs a servlet context: a mock one stands in, as in CareTaskBenchmark.
        var context = new SpringApplicationBuilder(VillageApplication.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(arguments.toArray(String[]::new));
        return new DrillApplication(context);
    }

    /** One small change she makes in the app: adds a task. Returns once it is committed. */
    UUID addTask(int number) {
        return taskWrites.create(space, TaskForm.once("Drill task " + number, TaskCategory.HOUSEHOLD, "", today, 15));
    }

    String databaseUrl() {
        return context.getEnvironment().getRequiredProperty("spring.datasource.url");
    }

    @Override
    public void close() {
        SignedIn.nobody();
        context.close();
    }
}
