/**
 * The ledger: one payout per sheet row, its status, and the (provider, tracker)
 * uniqueness that keeps a payment from being made twice.
 */
package ir.tasvieh.payout;
