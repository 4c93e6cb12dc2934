package ir.tasvieh;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TasviehApplication.class);

	@Test
	void featuresDependOnEachOtherOnlyThroughTheirPublicTypesAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
