package ir.tasvieh.web;

import ir.tasvieh.MySqlTest;

/**
 * {@link VandarDoubtIntegrationTests} on the MySQL-protocol test server, where money
 * moves.
 */
@MySqlTest
class VandarDoubtMySqlIntegrationTests extends VandarDoubtIntegrationTests {

}
