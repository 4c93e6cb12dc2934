package ir.tasvieh.payout;

/**
 * A count of payouts and their rial total under one key (a status or a bank).
 */
public record Tally(String key, long count, long totalIrr) {

}
