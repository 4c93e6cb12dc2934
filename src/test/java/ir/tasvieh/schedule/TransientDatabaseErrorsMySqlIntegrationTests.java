package ir.tasvieh.schedule;

import ir.tasvieh.MySqlTest;

/** {@link TransientDatabaseErrorsIntegrationTests} on the MySQL-protocol test server. */
@MySqlTest
class TransientDatabaseErrorsMySqlIntegrationTests extends TransientDatabaseErrorsIntegrationTests {

}
