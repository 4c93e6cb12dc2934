package ir.tasvieh.web;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import ir.tasvieh.validation.RowValidator;

/**
 * Holds up the validation of rows named {@code Held…} until a test releases them, so that
 * a sheet keeps its validation slot for as long as the test needs the others to wait.
 * Nothing else about validation changes.
 */
@TestConfiguration(proxyBeanMethods = false)
class HeldValidations {

	/**
	 * Long enough for any test, short enough that a forgotten release cannot hang the
	 * build.
	 */
	private static final long LONGEST_HOLD_SECONDS = 60;

	private static volatile CountDownLatch gate = new CountDownLatch(0);

	static void hold() {
		gate = new CountDownLatch(1);
	}

	static void release() {
		gate.countDown();
	}

	@Bean
	@Primary
	RowValidator heldRowValidator(@Qualifier("payoutRowValidator") RowValidator validator) {
		return (header, row, policy) -> {
			if (row.cells().size() > 0 && row.cell(0).text().startsWith("Held")) {
				try {
					gate.await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return validator.validate(header, row, policy);
		};
	}

}
