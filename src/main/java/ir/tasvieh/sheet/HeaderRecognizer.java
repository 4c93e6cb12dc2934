package ir.tasvieh.sheet;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the columns of a header row by their English or Persian names (SPEC section
 * 3), whatever their order, case, spacing, Arabic or Persian letter forms and invisible
 * characters, and the result columns of a result workbook sent back in (SPEC 4.1).
 */
final class HeaderRecognizer {

	/** The result columns of SPEC section 7, headers exact, in their order. */
	static final List<String> RESULT_HEADERS = List.of("Status", "Errors", "Bank", "Provider", "Provider Ref",
			"Tracker", "Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status", "Submitted At", "Updated At");

	private static final String RESULT_TRACKER = "Tracker";

	private static final Map<String, Column> ALIASES = new HashMap<>();

	private static final Map<String, AmountUnit> UNITS = new HashMap<>();

	private static final List<String> AMOUNT_WORDS = List.of(key("amount"), key("مبلغ"));

	/**
	 * Words that may stand between "amount" and its unit: "amount in rials", "مبلغ به
	 * ریال".
	 */
	private static final List<String> UNIT_PREFIXES = List.of(key("in"), key("به"));

	static {
		alias(Column.NAME, "name", "full name", "account holder", "account holder name", "payee", "payee name",
				"beneficiary", "نام", "نام و نام خانوادگی", "نام صاحب حساب", "نام گیرنده", "نام ذینفع", "گیرنده");
		alias(Column.SHEBA, "sheba", "shaba", "iban", "sheba number", "iban number", "شبا", "شماره شبا", "شماره ی شبا",
				"شماره حساب شبا");
		alias(Column.CARD, "card", "card number", "card no", "pan", "کارت", "شماره کارت", "شماره ی کارت");
		alias(Column.TRACKER, "tracker", "track_id", "track id", "tracker id", "شناسه پیگیری", "کد پیگیری");
		alias(Column.DESCRIPTION, "description", "توضیحات", "توضیح", "شرح");
		alias(Column.PAYMENT_NUMBER, "payment_number", "payment number", "payment id", "شناسه پرداخت");
		unit(AmountUnit.IRR, "irr", "rial", "rials", "ریال");
		unit(AmountUnit.IRT, "irt", "toman", "tomans", "تومان");
	}

	private HeaderRecognizer() {
	}

	/**
	 * The header of a sheet whose header row is {@code row}.
	 * @throws SheetRejected {@code NO_HEADER} when a required column is missing,
	 * {@code DUPLICATE_COLUMN} when two headers name the same column
	 */
	static SheetHeader recognize(String file, SheetRow row) {
		Match match = match(file, row);
		if (!match.missing().isEmpty()) {
			throw Rejections.noHeader(file, row, match.missing(), 1);
		}
		return match.header(List.of());
	}

	/**
	 * What a row has of a header: the columns it names and the required ones it lacks.
	 * @throws SheetRejected {@code DUPLICATE_COLUMN} when the row has every required
	 * column and two headers name the same column
	 */
	static Match match(String file, SheetRow row) {
		List<String> names = new ArrayList<>();
		for (SheetCell cell : row.cells()) {
			names.add(cell.text());
		}
		Set<Integer> resultColumns = resultColumns(names);
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		AmountUnit unit = null;
		int persian = 0;
		SheetRejected duplicate = null;
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (resultColumns.contains(i)) {
				if (name.strip().equals(RESULT_TRACKER)) {
					columns.putIfAbsent(Column.RESULT_TRACKER, i);
				}
				continue;
			}
			String key = key(name);
			Column column = ALIASES.get(key);
			AmountUnit named = null;
			if (column == null) {
				named = amountUnit(key);
				column = (named != null || AMOUNT_WORDS.contains(key)) ? Column.AMOUNT : null;
			}
			if (column == null) {
				continue;
			}
			Integer earlier = columns.putIfAbsent(column, i);
			if (earlier != null) {
				duplicate = (duplicate != null) ? duplicate
						: Rejections.duplicateColumn(file, column, names, earlier, i);
				continue;
			}
			unit = (column == Column.AMOUNT) ? named : unit;
			persian += isPersian(name) ? 1 : 0;
		}
		List<String> missing = missing(columns);
		if (missing.isEmpty() && duplicate != null) {
			throw duplicate;
		}
		int recognised = columns.size() - (columns.containsKey(Column.RESULT_TRACKER) ? 1 : 0);
		return new Match(row, names, columns, unit, persian * 2 > recognised, resultColumns, missing);
	}

	/**
	 * What one row has of a header.
	 *
	 * @param missing the required columns it lacks, empty for a header
	 */
	record Match(SheetRow row, List<String> names, Map<Column, Integer> columns, AmountUnit unit, boolean persian,
			Set<Integer> resultColumns, List<String> missing) {

		/** How many of the three required columns (name, amount, destination) it has. */
		int required() {
			return 3 - this.missing.size();
		}

		SheetHeader header(List<SheetRow> above) {
			return new SheetHeader(this.row.rowNumber(), this.names, this.columns, this.unit, this.persian,
					this.resultColumns, above);
		}

	}

	/**
	 * The result columns of a result workbook sent back in (SPEC 4.1, 7): the exact
	 * result headers from the first exact {@code Status} or {@code Errors} header on, in
	 * a header that has both. Before that point, or written otherwise ({@code tracker},
	 * {@code STATUS}), a header is the user's own column.
	 */
	static Set<Integer> resultColumns(List<String> names) {
		List<String> stripped = names.stream().map(String::strip).toList();
		int status = stripped.indexOf("Status");
		int errors = stripped.indexOf("Errors");
		if (status < 0 || errors < 0) {
			return Set.of();
		}
		Set<Integer> result = new HashSet<>();
		for (int i = Math.min(status, errors); i < stripped.size(); i++) {
			if (RESULT_HEADERS.contains(stripped.get(i))) {
				result.add(i);
			}
		}
		return result;
	}

	/**
	 * A header reduced to what identifies it: NFKC, no format characters (ZWNJ, marks,
	 * BOM), no spaces, underscores or dashes, Persian letter forms, lower case.
	 */
	static String key(String header) {
		String folded = Normalizer.normalize(header, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.getType(c) == Character.FORMAT || Character.isWhitespace(c) || Character.isSpaceChar(c)
					|| c == '_' || c == '-' || c == '\u0640' || c == '*' || c == ':' || (c >= '\u2010' && c <= '\u2015')
					|| c == '\u2212') {
				continue;
			}
			key.append(switch (c) {
				case '\u064A', '\u0649' -> '\u06CC';
				case '\u0643' -> '\u06A9';
				default -> c;
			});
		}
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The unit an amount header names, such as {@code amount (IRR)}, else {@code null}.
	 */
	private static AmountUnit amountUnit(String key) {
		for (String word : AMOUNT_WORDS) {
			if (key.startsWith(word) && key.length() > word.length()) {
				String rest = key.substring(word.length()).replaceAll("[()\\[\\]]", "");
				for (String prefix : UNIT_PREFIXES) {
					rest = (rest.startsWith(prefix) && UNITS.containsKey(rest.substring(prefix.length())))
							? rest.substring(prefix.length()) : rest;
				}
				return UNITS.get(rest);
			}
		}
		return null;
	}

	private static List<String> missing(Map<Column, Integer> columns) {
		List<String> missing = new ArrayList<>();
		if (!columns.containsKey(Column.NAME)) {
			missing.add("name (نام)");
		}
		if (!columns.containsKey(Column.AMOUNT)) {
			missing.add("amount (مبلغ)");
		}
		if (!columns.containsKey(Column.SHEBA) && !columns.containsKey(Column.CARD)) {
			missing.add("sheba (شبا) / card (کارت)");
		}
		return missing;
	}

	private static boolean isPersian(String name) {
		return name.codePoints()
			.anyMatch((c) -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
	}

	private static void alias(Column column, String... names) {
		for (String name : names) {
			ALIASES.put(key(name), column);
		}
	}

	private static void unit(AmountUnit unit, String... names) {
		for (String name : names) {
			UNITS.put(key(name), unit);
		}
	}

}
