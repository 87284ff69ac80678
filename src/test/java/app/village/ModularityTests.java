package app.village;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VillageApplication.class);

    @Test
    void featureModulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsForTheArchitectureDoc() {
        // Output under target/spring-modulith-docs; docs/architecture.md describes the same map in words.
        new Documenter(MODULES).writeModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("account", "base", "security", "guide", "demo");
    }
}
