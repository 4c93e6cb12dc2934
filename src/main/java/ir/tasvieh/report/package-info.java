/**
 * The result workbook of SPEC section 7: every input column, the result columns, coloured
 * statuses, masked cards, Jalali dates and a Summary sheet, written with a streaming
 * writer.
 */
@ApplicationModule(allowedDependencies = { "payout", "payout::*", "validation", "validation::*" })
package ir.tasvieh.report;

import org.springframework.modulith.ApplicationModule;
