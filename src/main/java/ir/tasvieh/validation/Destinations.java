package ir.tasvieh.validation;

import ir.tasvieh.sheet.Column;
import ir.tasvieh.sheet.SheetCell;
import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRow;

import java.util.List;

/**
 * Decides where a row's payout goes and checks it: the SHEBA when the row has one, else
 * the card. A card next to a SHEBA is still checked for format and checksum, since a
 * wrong one there usually means the row was filled in carelessly.
 */
final class Destinations {

	private final Banks banks;

	Destinations(Banks banks) {
		this.banks = banks;
	}

	/**
	 * A row's destination after its checks.
	 *
	 * @param type SHEBA, CARD, or {@code null} when the row has neither
	 * @param sheba the normalised SHEBA when it is well formed, else {@code null}
	 * @param card the card's 16 digits when well formed, else {@code null}
	 * @param bank the destination's bank when it is valid and known, else {@code null}
	 */
	record Destination(DestinationType type, String sheba, String card, Bank bank) {

	}

	Destination check(SheetHeader header, SheetRow row, ValidationPolicy policy, List<Finding> findings) {
		SheetCell shebaCell = header.cell(row, Column.SHEBA);
		SheetCell cardCell = header.cell(row, Column.CARD);
		Sheba.Parsed sheba = shebaCell.isNumeric() ? null : Sheba.parse(shebaCell.text());
		CardNumber.Parsed card = readCard(cardCell);
		boolean hasSheba = shebaCell.isNumeric() || !isEmpty(sheba);
		boolean hasCard = !isEmpty(card);
		if (!hasSheba && !hasCard) {
			findings.add(RowFindings.destinationMissing(column(header, Column.SHEBA), column(header, Column.CARD)));
			return new Destination(null, null, null, null);
		}
		Bank shebaBank = hasSheba ? checkSheba(header, shebaCell, sheba, findings) : null;
		Bank cardBank = hasCard ? checkCard(header, cardCell, card, !hasSheba, findings) : null;
		if (!hasSheba && !policy.cardsAllowed()) {
			findings.add(RowFindings.cardNotSupported(column(header, Column.CARD), provider(policy)));
		}
		String shebaValue = (sheba != null && sheba.wellFormed()) ? sheba.normalised() : null;
		String cardValue = (hasCard && CardNumber.isWellFormed(card.normalised())) ? card.normalised() : null;
		return hasSheba ? new Destination(DestinationType.SHEBA, shebaValue, cardValue, shebaBank)
				: new Destination(DestinationType.CARD, null, cardValue, cardBank);
	}

	private Bank checkSheba(SheetHeader header, SheetCell cell, Sheba.Parsed parsed, List<Finding> findings) {
		if (parsed != null && parsed.valid()) {
			Sheba sheba = parsed.sheba();
			Bank bank = this.banks.byShebaCode(sheba.bankCode());
			if (bank == null) {
				findings
					.add(RowFindings.shebaUnknownBank(column(header, Column.SHEBA), sheba.value(), sheba.bankCode()));
			}
			else if (!bank.active()) {
				findings.add(RowFindings.shebaBankMerged(column(header, Column.SHEBA), bank));
			}
			return bank;
		}
		String column = column(header, Column.SHEBA);
		if (parsed == null) {
			// the cell type decides: a truncated number can still pass mod 97
			// (validation.md 1.5)
			findings.add(RowFindings.shebaPrecisionLost(column, Quotes.value(shown(cell)), false));
			return null;
		}
		findings.add(switch (parsed.problem()) {
			case SCIENTIFIC -> RowFindings.shebaPrecisionLost(column, Quotes.value(cell.text()), true);
			case FORMAT -> RowFindings.shebaFormat(column, Quotes.value(cell.text()), parsed.normalised());
			case CHECKSUM -> RowFindings.shebaChecksum(column, parsed.normalised(), false);
			case RESERVED_CHECK_DIGITS -> RowFindings.shebaChecksum(column, parsed.normalised(), true);
		});
		return null;
	}

	private Bank checkCard(SheetHeader header, SheetCell cell, CardNumber.Parsed parsed, boolean destination,
			List<Finding> findings) {
		if (parsed.valid()) {
			// A card beside a SHEBA is not paid, but is checked in full all the same: a
			// foreign or
			// mistyped card there says the row itself may be wrong.
			CardNumber card = parsed.card();
			Bank bank = this.banks.byBin(card.bin());
			if (bank == null) {
				findings.add(RowFindings.cardUnknownBank(column(header, Column.CARD), card.toString(), card.bin()));
			}
			return destination ? bank : null;
		}
		String column = column(header, Column.CARD);
		findings.add(switch (parsed.problem()) {
			case SCIENTIFIC -> RowFindings.cardScientific(column, Quotes.value(cell.text()));
			case FORMAT -> RowFindings.cardFormat(column,
					Quotes.value(parsed.fromNumber() ? parsed.normalised() : cell.text()), parsed.normalised());
			case CHECKSUM ->
				RowFindings.cardChecksum(column, CardNumber.mask(parsed.normalised()), parsed.maybeTruncated());
		});
		return null;
	}

	private static CardNumber.Parsed readCard(SheetCell cell) {
		return (cell.isNumeric() && cell.number() != null) ? CardNumber.parse(cell.number())
				: CardNumber.parse(cell.text());
	}

	/**
	 * Blank, or only spaces, dashes, marks or an apostrophe: users fill empty cells so.
	 */
	private static boolean isEmpty(Sheba.Parsed parsed) {
		return parsed.problem() == Sheba.Problem.FORMAT && parsed.normalised().isEmpty();
	}

	private static boolean isEmpty(CardNumber.Parsed parsed) {
		return parsed.problem() == CardNumber.Problem.FORMAT && !parsed.fromNumber() && parsed.normalised().isEmpty();
	}

	private static String shown(SheetCell cell) {
		return (cell.text().isBlank() && cell.number() != null) ? cell.number().toPlainString() : cell.text();
	}

	/** The user's header text; built only for a finding, as most rows have none. */
	static String column(SheetHeader header, Column column) {
		return Quotes.label(header.nameOf(column));
	}

	static String provider(ValidationPolicy policy) {
		String label = Quotes.label(policy.providerLabel());
		return label.isEmpty() ? "this provider" : label;
	}

}
