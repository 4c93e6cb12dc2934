package ir.tasvieh.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import ir.tasvieh.sheet.AmountUnit;

/**
 * The settings the job reads: limits, the default amount unit and the duplicate-payee
 * policy.
 */
final class JobSettings {

	private JobSettings() {
	}

	/** {@code tasvieh.limits.*}. */
	@ConfigurationProperties("tasvieh.limits")
	record Limits(@DefaultValue("1000000") int maxRows, @DefaultValue("10000000000") long maxRowIrr,
			@DefaultValue("100000000000000") long maxRunIrr) {

	}

	/** {@code tasvieh.sheet.*}. */
	@ConfigurationProperties("tasvieh.sheet")
	record Sheet(@DefaultValue("IRR") AmountUnit defaultUnit) {

	}

	/** {@code tasvieh.validation.*}. */
	@ConfigurationProperties("tasvieh.validation")
	record Validation(@DefaultValue("warn") DuplicatePayee duplicatePayee, @DefaultValue("1000") int chunkSize) {

		boolean rejectDuplicatePayees() {
			return this.duplicatePayee == DuplicatePayee.reject;
		}

	}

	/** {@code tasvieh.tracking.*}: how payouts are followed to their final state. */
	@ConfigurationProperties("tasvieh.tracking")
	record Tracking(@DefaultValue("2s") java.time.Duration pollInterval, @DefaultValue("5") int submitRounds) {

	}

	enum DuplicatePayee {

		warn, reject

	}

}
