package ir.tasvieh.mail;

import ir.tasvieh.MySqlTest;

/**
 * {@link MailIntegrationTests} (the outbox and its claims) on the MySQL-protocol test
 * server.
 */
@MySqlTest
class MailMySqlIntegrationTests extends MailIntegrationTests {

}
