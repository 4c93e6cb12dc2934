/**
 * A stand-in of NextPay's checkout API served by tasvieh itself under
 * {@code /sandbox/**}, to the local machine only, so a payout runs end to end without
 * credentials and can be told to fail.
 */
package ir.tasvieh.provider.sandbox;
