/**
 * Reads {@code .xlsx}, {@code .xls} and {@code .csv} payout sheets into rows: header
 * detection, column aliases, encodings; and writes the blank templates finance fills in.
 */
@ApplicationModule(allowedDependencies = {})
package ir.tasvieh.sheet;

import org.springframework.modulith.ApplicationModule;
