/**
 * The web app: sign-in and its security, the finance pages and the {@code /api/runs} JSON
 * API over the runs of {@code ir.tasvieh.run}.
 */
package ir.tasvieh.web;
