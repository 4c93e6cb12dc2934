package ir.tasvieh.web;

import ir.tasvieh.MySqlTest;

/**
 * {@link DoubtApiIntegrationTests} on the MySQL-protocol test server, where money moves.
 */
@MySqlTest
class DoubtApiMySqlIntegrationTests extends DoubtApiIntegrationTests {

}
