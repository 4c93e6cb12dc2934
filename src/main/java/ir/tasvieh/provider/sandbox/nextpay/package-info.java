/**
 * The stand-in of NextPay's checkout API under {@code /sandbox/nextpay/**}: one payout
 * per call, its wallet, its request log and its fault knobs.
 */
package ir.tasvieh.provider.sandbox.nextpay;
