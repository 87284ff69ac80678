package app.village;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VillageApplication.class);

    /** Checked into the repository, so a change to the module map shows in the diff of the change that made it. */
    static final String DOCUMENTATION_FOLDER = "docs/modules";

    @Test
    void villageIsTheseTenModules() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("account", "base", "calendar", "caretask", "demo", "family", "guide",
                        "notification", "security", "shift");
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
    void writesTheModuleDiagramsAndCanvasesIntoTheDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION_FOLDER))
                .writeDocumentation();
    }
}
