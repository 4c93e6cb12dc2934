/**
 * Saves and brings back the embedded H2 database that holds the payment ledger: an online
 * copy, taken by the process that holds the database when one does, and a restore into an
 * empty data folder.
 */
@ApplicationModule(allowedDependencies = {})
package ir.tasvieh.backup;

import org.springframework.modulith.ApplicationModule;
