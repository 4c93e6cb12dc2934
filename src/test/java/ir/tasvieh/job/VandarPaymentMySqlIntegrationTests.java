package ir.tasvieh.job;

import ir.tasvieh.MySqlTest;

/**
 * {@link VandarPaymentIntegrationTests} on the MySQL-protocol test server.
 */
@MySqlTest
class VandarPaymentMySqlIntegrationTests extends VandarPaymentIntegrationTests {

}
