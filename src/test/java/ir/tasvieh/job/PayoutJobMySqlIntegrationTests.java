package ir.tasvieh.job;

import ir.tasvieh.MySqlTest;

/**
 * {@link PayoutJobIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class PayoutJobMySqlIntegrationTests extends PayoutJobIntegrationTests {

}
