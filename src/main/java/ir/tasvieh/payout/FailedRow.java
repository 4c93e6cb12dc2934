package ir.tasvieh.payout;

import org.springframework.modulith.NamedInterface;

/**
 * A row that failed, was cancelled or returned, or is in doubt, and why.
 *
 * @param rowNo the sheet row number
 * @param name the payee
 * @param status its status
 * @param amountIrr its amount in rials, when known
 * @param reason the provider's own words or a person's note, or {@code null} when none
 * was ever given
 */
@NamedInterface("values")
public record FailedRow(int rowNo, String name, PayoutStatus status, Long amountIrr, String reason) {

}
