package app.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VillageApplication.class);

    /** Checked into the repository, so a change to the module map shows in the diff of the change that made it. */
    static final Path DOCUMENTATION_FOLDER = Path.of("docs", "modules");

    @Test
    void villageIsTheseModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("account", "base", "calendar", "caretask", "demo", "digest", "family",
                        "guide", "live", "notification", "photo", "reminder", "security", "shift", "update", "bell");
    }

    /**
     * No cycles, no reaching into another module's internals, and each module uses only what its
     * {@code package-info.java} allows ({@code allowedDependencies}): the module map of docs/architecture.md.
     */
    @Test
    void eachModuleUsesOnlyTheModulesItDeclares() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvasesIntoTheDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER.toString()))
                .writeDocumentation();
        try (var files = Files.list(DOCUMENTATION_FOLDER)) {
            for (var diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * Documenter lists a diagram's modules and relations in hash order, which changes from run to run; sorted,
     * a run without code changes leaves the checked-in diagrams as they were. PlantUML ignores the order.
     */
    static List<String> inStableOrder(List<String> lines) {
        var result = new ArrayList<String>();
        var run = new ArrayList<String>();
        String runKind = null;
        for (var line : lines) {
            var kind = Stream.of("Rel(", "Component(").filter(line.strip()::startsWith).findFirst().orElse(null);
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                result.addAll(run);
                run.clear();
            }
            if (kind == null) {
                result.add(line);
            } else {
                run.add(line);
            }
            runKind = kind;
        }
        run.sort(null);
        result.addAll(run);
        return result;
    }
}
