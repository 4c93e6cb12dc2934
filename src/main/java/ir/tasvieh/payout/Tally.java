package ir.tasvieh.payout;

import org.springframework.modulith.NamedInterface;

/**
 * A count of payouts, their rial total and the fees the provider took for them, under one
 * key (a status or a bank).
 */
@NamedInterface("values")
public record Tally(String key, long count, long totalIrr, long feeIrr) {

	/** A tally whose fees are not counted. */
	public Tally(String key, long count, long totalIrr) {
		this(key, count, totalIrr, 0);
	}

}
