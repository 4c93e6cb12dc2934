package ir.tasvieh.schedule;

import ir.tasvieh.MySqlTest;

/** {@link InboxIntegrationTests} on the MySQL-protocol test server. */
@MySqlTest
class InboxMySqlIntegrationTests extends InboxIntegrationTests {

}
