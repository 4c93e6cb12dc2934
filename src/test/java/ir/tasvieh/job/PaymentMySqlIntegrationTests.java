package ir.tasvieh.job;

import ir.tasvieh.MySqlTest;

/**
 * {@link PaymentIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class PaymentMySqlIntegrationTests extends PaymentIntegrationTests {

}
