/**
 * A run: one sheet handed to tasvieh, its file's SHA-256, its status and approval; the
 * one entry the command line, the web app and the scheduler use.
 */
package ir.tasvieh.run;
