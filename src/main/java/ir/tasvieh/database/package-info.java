/**
 * What every feature that writes to the database shares: trying work again when the
 * database refused it for a passing reason (a deadlock, a lost connection). A shared
 * module, so any feature may use it.
 */
package ir.tasvieh.database;
