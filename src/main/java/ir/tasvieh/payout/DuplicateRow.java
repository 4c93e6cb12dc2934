package ir.tasvieh.payout;

/**
 * A payout that shares its key (a tracker, or a destination and amount) with another row
 * of the same run.
 *
 * @param id the payout id
 * @param rowNo its sheet row number
 * @param key the shared key
 * @param status its status now
 * @param findings its findings now
 */
record DuplicateRow(long id, int rowNo, String key, PayoutStatus status, String findings) {

}
