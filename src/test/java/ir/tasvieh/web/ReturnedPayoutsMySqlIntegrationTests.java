package ir.tasvieh.web;

import ir.tasvieh.MySqlTest;

/**
 * {@link ReturnedPayoutsIntegrationTests} on the MySQL-protocol test server, where money
 * moves.
 */
@MySqlTest
class ReturnedPayoutsMySqlIntegrationTests extends ReturnedPayoutsIntegrationTests {

}
