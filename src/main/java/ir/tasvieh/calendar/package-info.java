/**
 * Tehran time in the Jalali calendar, as finance reads dates and as the providers write
 * them: the workbook, the pages and the built-in sandbox share one conversion. A shared
 * module, so any feature may use it.
 */
package ir.tasvieh.calendar;
