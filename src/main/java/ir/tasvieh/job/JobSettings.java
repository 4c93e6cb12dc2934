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

	/**
	 * {@code tasvieh.limits.*}: what no sheet may exceed.
	 *
	 * @param maxRows the most data rows a sheet may have; a longer one is refused whole
	 * @param maxRowIrr the largest amount of one row, in rials; a larger row is invalid
	 * @param maxRunIrr the largest total of a run's valid rows, in rials; a sheet above
	 * it is refused whole ({@code RUN_TOTAL_TOO_HIGH})
	 */
	@ConfigurationProperties("tasvieh.limits")
	record Limits(@DefaultValue("1000000") int maxRows, @DefaultValue("10000000000") long maxRowIrr,
			@DefaultValue("100000000000000") long maxRunIrr) {

	}

	/**
	 * {@code tasvieh.sheet.*}.
	 *
	 * @param defaultUnit the unit of an amount column whose header names none
	 * ({@code IRR} rials or {@code IRT} toman)
	 */
	@ConfigurationProperties("tasvieh.sheet")
	record Sheet(@DefaultValue("IRR") AmountUnit defaultUnit) {

	}

	/**
	 * {@code tasvieh.validation.*}.
	 *
	 * @param duplicatePayee what a second row paying the same destination the same amount
	 * gets: {@code warn} (paid, with a warning) or {@code reject} (invalid)
	 * @param chunkSize how many rows are validated and written to the ledger per
	 * transaction
	 */
	@ConfigurationProperties("tasvieh.validation")
	record Validation(@DefaultValue("warn") DuplicatePayee duplicatePayee, @DefaultValue("1000") int chunkSize) {

		boolean rejectDuplicatePayees() {
			return this.duplicatePayee == DuplicatePayee.reject;
		}

	}

	/**
	 * {@code tasvieh.tracking.*}: how payouts are sent and followed to their final state.
	 *
	 * @param pollInterval how often open payouts are asked about
	 * @param submitRounds how often payouts the provider never took are sent again
	 * @param submitGroupsInFlight how many claimed groups may be being sent at once: with
	 * two or more, the provider's calls never wait while a group is claimed or recorded
	 * @param attentionAfter how long a payout may stay in doubt ({@code UNKNOWN}) before
	 * its run needs attention (SPEC 6.1)
	 */
	@ConfigurationProperties("tasvieh.tracking")
	record Tracking(@DefaultValue("2s") java.time.Duration pollInterval, @DefaultValue("5") int submitRounds,
			@DefaultValue("3") int submitGroupsInFlight, @DefaultValue("PT1H") java.time.Duration attentionAfter) {

		Tracking {
			if (submitGroupsInFlight < 1) {
				throw new IllegalArgumentException("tasvieh.tracking.submit-groups-in-flight must be at least 1");
			}
		}

	}

	enum DuplicatePayee {

		warn, reject

	}

}
