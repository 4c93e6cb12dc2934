package ir.tasvieh.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ir.tasvieh.validation.RowValidator;

/**
 * Runs a validation out of memory on a row named {@code Exhausted…}, and records the end
 * of the process tasvieh then asks for instead of ending the test's JVM. Every other row
 * is validated as always.
 */
@TestConfiguration(proxyBeanMethods = false)
class OutOfMemoryTrap {

	/** The exit codes the process was asked to end with. */
	static final List<Integer> halts = new CopyOnWriteArrayList<>();

	@Bean
	@Primary
	OutOfMemory recordedOutOfMemory() {
		return new OutOfMemory(halts::add);
	}

	@Bean
	@Primary
	RowValidator exhaustingRowValidator(@Qualifier("payoutRowValidator") RowValidator validator) {
		return (header, row, policy) -> {
			if (row.cells().size() > 0 && row.cell(0).text().startsWith("Exhausted")) {
				throw new OutOfMemoryError("Java heap space (a test)");
			}
			return validator.validate(header, row, policy);
		};
	}

}
