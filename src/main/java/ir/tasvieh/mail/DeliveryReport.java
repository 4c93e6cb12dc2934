package ir.tasvieh.mail;

/**
 * What one round of delivering the outbox did.
 *
 * @param sent mails sent in this round
 * @param failed attempts that failed in this round (those mails stay in the outbox)
 * @param pending mails still in the outbox afterwards, waiting for their next attempt
 */
public record DeliveryReport(int sent, int failed, int pending) {

}
