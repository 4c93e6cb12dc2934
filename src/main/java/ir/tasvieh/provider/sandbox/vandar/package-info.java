/**
 * The stand-in of Vandar's token and batch settlement APIs under
 * {@code /sandbox/vandar/**}: the tokens it issued, its batches, wallet, request log and
 * fault knobs.
 */
package ir.tasvieh.provider.sandbox.vandar;
