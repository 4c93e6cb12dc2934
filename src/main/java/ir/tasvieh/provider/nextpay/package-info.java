/**
 * Pays one payout per call through NextPay's checkout web services and asks NextPay about
 * each payout by its tracker.
 */
package ir.tasvieh.provider.nextpay;
