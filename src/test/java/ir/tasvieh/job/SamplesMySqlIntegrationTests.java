package ir.tasvieh.job;

import ir.tasvieh.MySqlTest;

/**
 * {@link SamplesIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class SamplesMySqlIntegrationTests extends SamplesIntegrationTests {

}
