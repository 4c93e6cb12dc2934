/**
 * The Spring Batch job that turns a sheet into a ledger and a result workbook: read and
 * validate rows in chunks, apply the sheet-wide rules, write the result. Payment steps
 * join it here.
 */
package ir.tasvieh.job;
