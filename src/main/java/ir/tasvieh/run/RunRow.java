package ir.tasvieh.run;

import ir.tasvieh.payout.LedgerRow;

/**
 * One row of a run as the pages and the API show it: the payout and, for a row that did
 * not pay, the reason why in the provider's or a person's words ({@code null} otherwise).
 */
public record RunRow(LedgerRow payout, String reason) {
}
