/**
 * Stand-ins of NextPay's checkout API and Vandar's batch settlement API served by tasvieh
 * itself under {@code /sandbox/**}, to the local machine only, so a payout runs end to
 * end through either without credentials and can be told to fail.
 */
package ir.tasvieh.provider.sandbox;
