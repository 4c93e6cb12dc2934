/**
 * Normalises and validates payout rows: SHEBA mod-97, card Luhn, bank and BIN tables,
 * amounts, trackers.
 */
@ApplicationModule(allowedDependencies = { "sheet", "sheet::*" })
package ir.tasvieh.validation;

import org.springframework.modulith.ApplicationModule;
