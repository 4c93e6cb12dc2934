/**
 * Work on a timer: sheets dropped in the inbox folder become runs, payouts are refreshed,
 * the mail outbox is delivered; inbox and refresh each on one instance at a time under a
 * ShedLock lock in the database.
 */
@ApplicationModule(allowedDependencies = { "run", "mail", "sheet::rejection" })
package ir.tasvieh.schedule;

import org.springframework.modulith.ApplicationModule;
