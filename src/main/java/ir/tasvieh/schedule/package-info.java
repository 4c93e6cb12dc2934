/**
 * Work on a timer (inbox runs, refresh), each task on one instance at a time under a
 * ShedLock lock in the database.
 */
package ir.tasvieh.schedule;
