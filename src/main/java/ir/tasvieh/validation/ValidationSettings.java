package ir.tasvieh.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.validation.*}: how a sheet's rows are validated.
 *
 * @param duplicatePayee what a second row paying the same destination the same amount
 * gets: {@code warn} (paid, with a warning) or {@code reject} (invalid)
 * @param chunkSize how many rows are validated and written to the ledger per transaction
 */
@ConfigurationProperties("tasvieh.validation")
public record ValidationSettings(@DefaultValue("warn") DuplicatePayee duplicatePayee,
		@DefaultValue("1000") int chunkSize) {

	public boolean rejectDuplicatePayees() {
		return this.duplicatePayee == DuplicatePayee.reject;
	}

	/** What a second row paying the same destination the same amount gets. */
	public enum DuplicatePayee {

		warn, reject

	}

}
