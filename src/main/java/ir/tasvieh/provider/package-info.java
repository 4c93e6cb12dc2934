/**
 * The payout providers (NextPay checkout, Vandar batch settlement) behind one interface,
 * and what each of them can pay.
 */
package ir.tasvieh.provider;
