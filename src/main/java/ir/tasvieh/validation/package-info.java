/**
 * Normalises and validates payout rows: SHEBA mod-97, card Luhn, bank and BIN tables,
 * amounts, trackers.
 */
package ir.tasvieh.validation;
