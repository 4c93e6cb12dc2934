package ir.tasvieh.job;

import ir.tasvieh.MySqlTest;

/**
 * {@link ResendIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class ResendMySqlIntegrationTests extends ResendIntegrationTests {

}
