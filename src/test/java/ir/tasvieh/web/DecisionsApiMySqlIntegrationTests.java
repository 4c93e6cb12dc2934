package ir.tasvieh.web;

import ir.tasvieh.MySqlTest;

/**
 * {@link DecisionsApiIntegrationTests} on the MySQL-protocol test server, where money
 * moves.
 */
@MySqlTest
class DecisionsApiMySqlIntegrationTests extends DecisionsApiIntegrationTests {

}
