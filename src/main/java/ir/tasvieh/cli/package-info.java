/**
 * The command line: picocli commands ({@code run}, {@code validate}, {@code template},
 * {@code backup}, {@code restore}, …) and the exit codes of SPEC section 2.
 */
package ir.tasvieh.cli;
