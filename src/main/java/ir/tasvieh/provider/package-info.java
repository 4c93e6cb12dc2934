/**
 * The payout providers (NextPay checkout, Vandar batch settlement) behind one interface,
 * and what each of them can pay.
 */
@ApplicationModule(allowedDependencies = {})
package ir.tasvieh.provider;

import org.springframework.modulith.ApplicationModule;
