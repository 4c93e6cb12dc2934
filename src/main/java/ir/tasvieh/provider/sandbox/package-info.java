/**
 * Stand-ins of NextPay's checkout API and Vandar's batch settlement API served by tasvieh
 * itself under {@code /sandbox/**}, to the local machine only, so a payout runs end to
 * end through either without credentials and can be told to fail. This package holds what
 * both share: the switch, the security, the settings, the database pool and the fault
 * counting; each stand-in lives in its own subpackage.
 */
package ir.tasvieh.provider.sandbox;
