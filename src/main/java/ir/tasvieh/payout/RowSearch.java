package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds a run's rows by what a person remembers of them (docs/SPEC.md section 9.3): part
 * of the payee's name, of the SHEBA or card, of the tracker, or the sheet row number.
 * Digits may be typed in Persian, a SHEBA with spaces or dashes. Only the run's own rows
 * are read, along its row index, so a search costs one pass over one run at most.
 */
@Component
public class RowSearch {

	private final JdbcTemplate jdbc;

	RowSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the rows that match, in sheet order. */
	public List<LedgerRow> page(long runId, PayoutStatus status, String query, int page, int size) {
		List<Object> arguments = new ArrayList<>();
		String where = where(runId, status, query, arguments);
		arguments.add(size);
		arguments.add((long) page * size);
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + PayoutLedger.BY_ROW + where
				+ PayoutLedger.IN_ROW_ORDER + " LIMIT ? OFFSET ?", (rs, i) -> LedgerRowMapping.toRow(rs),
				arguments.toArray());
	}

	/** How many rows match, for the page count of a search. */
	public long count(long runId, PayoutStatus status, String query) {
		List<Object> arguments = new ArrayList<>();
		String where = where(runId, status, query, arguments);
		Long count = this.jdbc.queryForObject("SELECT COUNT(*)" + PayoutLedger.BY_ROW + where, Long.class,
				arguments.toArray());
		return (count != null) ? count : 0;
	}

	private static String where(long runId, PayoutStatus status, String query, List<Object> arguments) {
		arguments.add(runId);
		StringBuilder where = new StringBuilder(PayoutLedger.CURRENT);
		if (status != null) {
			where.append(" AND status = ?");
			arguments.add(status.name());
		}
		String text = normalized(query);
		if (!text.isEmpty()) {
			String identifier = text.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
			where.append(" AND (LOWER(name) LIKE ? ESCAPE '!' OR destination LIKE ? ESCAPE '!'"
					+ " OR LOWER(tracker) LIKE ? ESCAPE '!'");
			arguments.add(contains(text.toLowerCase(Locale.ROOT)));
			arguments.add(contains(identifier));
			arguments.add(contains(text.toLowerCase(Locale.ROOT)));
			if (identifier.matches("[0-9]{1,9}")) {
				where.append(" OR row_no = ?");
				arguments.add(Integer.parseInt(identifier));
			}
			where.append(')');
		}
		return where.toString();
	}

	/**
	 * Persian and Arabic-Indic digits as ASCII, Arabic {@code ي}/{@code ك} as Persian,
	 * and the ends trimmed, as the ledger stores them.
	 */
	static String normalized(String query) {
		if (query == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(query.length());
		for (char c : query.strip().toCharArray()) {
			if (c >= '۰' && c <= '۹') {
				out.append((char) ('0' + (c - '۰')));
			}
			else if (c >= '٠' && c <= '٩') {
				out.append((char) ('0' + (c - '٠')));
			}
			else {
				out.append(switch (c) {
					case 'ي' -> 'ی';
					case 'ك' -> 'ک';
					default -> c;
				});
			}
		}
		return out.toString();
	}

	private static String contains(String text) {
		return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
