package ir.tasvieh.job;

import ir.tasvieh.MySqlTest;

/**
 * {@link RetryIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class RetryMySqlIntegrationTests extends RetryIntegrationTests {

}
