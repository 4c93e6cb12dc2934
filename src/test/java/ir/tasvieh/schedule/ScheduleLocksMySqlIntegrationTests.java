package ir.tasvieh.schedule;

import ir.tasvieh.MySqlTest;

/** {@link ScheduleLocksIntegrationTests} on the MySQL-protocol test server. */
@MySqlTest
class ScheduleLocksMySqlIntegrationTests extends ScheduleLocksIntegrationTests {

}
