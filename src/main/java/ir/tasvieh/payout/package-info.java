/**
 * The ledger: one payout per sheet row, its status, and the (provider, tracker)
 * uniqueness that keeps a payment from being made twice.
 */
@ApplicationModule(allowedDependencies = { "validation", "validation::*", "sheet::rejection" })
package ir.tasvieh.payout;

import org.springframework.modulith.ApplicationModule;
