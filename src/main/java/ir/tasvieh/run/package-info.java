/**
 * A run: one sheet handed to tasvieh, its file's SHA-256, its status and approval; the
 * one entry the command line, the web app and the scheduler use.
 */
@ApplicationModule(
		allowedDependencies = { "job", "job::*", "payout", "payout::*", "provider", "provider::*", "sheet::rejection" })
package ir.tasvieh.run;

import org.springframework.modulith.ApplicationModule;
