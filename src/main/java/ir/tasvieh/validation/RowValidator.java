package ir.tasvieh.validation;

import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRow;

/**
 * Normalises and validates one payout row against SPEC section 4: every rule that looks
 * at the row alone. Rules that need the whole sheet or earlier runs
 * ({@code TRACKER_DUPLICATE}, {@code DUPLICATE_PAYEE}, {@code TRACKER_ALREADY_USED},
 * {@code ALREADY_PAID}) are applied over the ledger afterwards. A bad row never throws.
 */
public interface RowValidator {

	ValidatedRow validate(SheetHeader header, SheetRow row, ValidationPolicy policy);

}
