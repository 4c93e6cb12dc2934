/**
 * The result workbook of SPEC section 7: every input column, the result columns, coloured
 * statuses, masked cards, Jalali dates and a Summary sheet, written with a streaming
 * writer.
 */
package ir.tasvieh.report;
