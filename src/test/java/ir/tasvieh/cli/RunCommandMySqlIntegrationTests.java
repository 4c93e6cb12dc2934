package ir.tasvieh.cli;

import ir.tasvieh.MySqlTest;

/**
 * {@link RunCommandIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class RunCommandMySqlIntegrationTests extends RunCommandIntegrationTests {

}
