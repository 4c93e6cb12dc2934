/**
 * Pays through Vandar batch settlement: one request per batch, keyed by the SHA-512 of
 * its items, asked about by that key and each settlement's track id; keeps Vandar's
 * rotating tokens in the database.
 */
package ir.tasvieh.provider.vandar;
