package ir.tasvieh.validation;

import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.Column;
import ir.tasvieh.sheet.SheetCell;
import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The {@link RowValidator}: every per-row rule of SPEC section 4, in the order of its
 * table. Stateless and thread-safe; the bank tables are read once and shared.
 */
@Component
@EnableConfigurationProperties({ LimitsSettings.class, ValidationSettings.class })
final class PayoutRowValidator implements RowValidator {

	private static final int MAX_TRACKER = 64;

	/** The sizes of the ledger's columns {@code payout.name} and {@code description}. */
	static final int MAX_TEXT = 1000;

	/** The size of the ledger's column {@code payout.payment_number}. */
	static final int MAX_PAYMENT_NUMBER = 100;

	private final Destinations destinations = new Destinations(Banks.standard());

	@Override
	public ValidatedRow validate(SheetHeader header, SheetRow row, ValidationPolicy policy) {
		List<Finding> findings = new ArrayList<>(2);
		String name = fitted(header, Column.NAME, name(header.cell(row, Column.NAME)), MAX_TEXT, findings);
		if (name == null) {
			findings.add(RowFindings.nameMissing(Destinations.column(header, Column.NAME)));
		}
		Long amount = amount(header, row, policy, findings);
		Destinations.Destination destination = this.destinations.check(header, row, policy, findings);
		String tracker = tracker(header, row, findings);
		String description = fitted(header, Column.DESCRIPTION, text(header.cell(row, Column.DESCRIPTION)), MAX_TEXT,
				findings);
		String paymentNumber = fitted(header, Column.PAYMENT_NUMBER,
				identifierText(header.cell(row, Column.PAYMENT_NUMBER)), MAX_PAYMENT_NUMBER, findings);
		formulas(header, row, findings);
		Bank bank = destination.bank();
		return new ValidatedRow(row.rowNumber(), name, amount, destination.type(), destination.sheba(),
				destination.card(), (bank != null) ? bank.code() : null, (bank != null) ? bank.display() : null,
				tracker, description, paymentNumber, findings);
	}

	/**
	 * Text longer than its ledger column makes the row INVALID and is cut to fit, so the
	 * row is still recorded (a database error would stop the whole sheet).
	 */
	private static String fitted(SheetHeader header, Column column, String value, int max, List<Finding> findings) {
		if (value == null || value.length() <= max) {
			return value;
		}
		findings.add(RowFindings.fieldTooLong(Destinations.column(header, column), value.length(), max));
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}

	/**
	 * A formula's cached result is used as the value (it is what the user saw), never
	 * recalculated; each column read from a formula is named in a warning.
	 */
	private static void formulas(SheetHeader header, SheetRow row, List<Finding> findings) {
		for (Column column : Column.values()) {
			SheetCell cell = header.cell(row, column);
			if (cell.formula()) {
				findings
					.add(RowFindings.formulaValueUsed(Destinations.column(header, column), Quotes.value(cell.text())));
			}
		}
	}

	/** Trimmed of NBSP and marks too; Arabic yeh and kaf become the Persian letters. */
	static String name(SheetCell cell) {
		String name = Normalization.trim(cell.text());
		if (name.isEmpty()) {
			return null;
		}
		return oneLine(name).replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
	}

	private static Long amount(SheetHeader header, SheetRow row, ValidationPolicy policy, List<Finding> findings) {
		AmountUnit unit = (header.amountUnit() != null) ? header.amountUnit()
				: (policy.defaultUnit() != null) ? policy.defaultUnit() : AmountUnit.IRR;
		SheetCell cell = header.cell(row, Column.AMOUNT);
		Amounts.Parsed parsed = Amounts.parse(cell, unit);
		if (parsed.problem() != null) {
			findings.add(RowFindings.amountInvalid(Destinations.column(header, Column.AMOUNT),
					Quotes.value(cell.text()), parsed.problem(), unit));
			return null;
		}
		long rials = parsed.rials();
		Finding outOfRange = outOfRange(() -> Destinations.column(header, Column.AMOUNT), rials, policy);
		if (outOfRange != null) {
			findings.add(outOfRange);
		}
		return rials;
	}

	/** The first limit the amount breaks; the column name is built only then. */
	private static Finding outOfRange(Supplier<String> column, long rials, ValidationPolicy policy) {
		long providerMax = limit(policy.maxAmountIrr());
		long rowMax = limit(policy.maxRowIrr());
		if (rials < policy.minAmountIrr()) {
			return RowFindings.amountBelowMinimum(column.get(), rials, policy.minAmountIrr(),
					Destinations.provider(policy));
		}
		if (rials > providerMax && providerMax <= rowMax) {
			return RowFindings.amountAboveProviderMaximum(column.get(), rials, providerMax,
					Destinations.provider(policy));
		}
		return (rials > rowMax) ? RowFindings.amountAboveRowLimit(column.get(), rials, rowMax) : null;
	}

	/**
	 * The sheet's tracker, or {@code null} when it gives none (one is derived later). A
	 * row whose own tracker cell is empty takes the {@code Tracker} of a result workbook
	 * sent back in, so that a derived tracker survives the round trip (SPEC 4.1).
	 */
	private static String tracker(SheetHeader header, SheetRow row, List<Finding> findings) {
		Column column = Column.TRACKER;
		String tracker = identifierText(header.cell(row, column));
		if (tracker == null && header.has(Column.RESULT_TRACKER)) {
			column = Column.RESULT_TRACKER;
			tracker = identifierText(header.cell(row, column));
		}
		if (tracker == null || isTracker(tracker)) {
			return tracker;
		}
		findings.add(RowFindings.trackerFormat(Destinations.column(header, column), Quotes.value(tracker)));
		return null;
	}

	static boolean isTracker(String tracker) {
		if (tracker.isEmpty() || tracker.length() > MAX_TRACKER) {
			return false;
		}
		for (int i = 0; i < tracker.length(); i++) {
			char c = tracker.charAt(i);
			boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
					|| c == '-';
			if (!allowed) {
				return false;
			}
		}
		return true;
	}

	/** Text with ASCII digits and no marks; a whole number cell is read exactly. */
	private static String identifierText(SheetCell cell) {
		if (cell.isNumeric() && cell.number() != null) {
			String digits = Normalization.wholeDigits(cell.number());
			if (digits != null) {
				return digits;
			}
		}
		String text = Normalization.trim(Normalization.fold(cell.text()));
		return text.isEmpty() ? null : text;
	}

	private static String text(SheetCell cell) {
		String text = Normalization.trim(cell.text());
		return text.isEmpty() ? null : text;
	}

	/** A limit of zero or less means none. */
	private static long limit(long configured) {
		return (configured > 0) ? configured : Long.MAX_VALUE;
	}

	private static String oneLine(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isISOControl(text.charAt(i))) {
				return Quotes.sanitize(text);
			}
		}
		return text;
	}

}
