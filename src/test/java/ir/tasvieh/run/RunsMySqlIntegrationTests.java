package ir.tasvieh.run;

import ir.tasvieh.MySqlTest;

/**
 * {@link RunsIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class RunsMySqlIntegrationTests extends RunsIntegrationTests {

}
