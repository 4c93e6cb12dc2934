package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a row's input cells in one text column. Cells are joined by the ASCII unit
 * separator, which a spreadsheet cell cannot meaningfully hold (XML 1.0 forbids it in
 * xlsx); one found in a CSV cell is kept as a space.
 */
final class InputCells {

	private static final char SEPARATOR = '\u001f';

	private InputCells() {
	}

	static String encode(List<String> cells) {
		StringBuilder text = new StringBuilder(cells.size() * 16);
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(SEPARATOR);
			}
			String cell = cells.get(i);
			text.append((cell != null) ? cell.replace(SEPARATOR, ' ') : "");
		}
		return text.toString();
	}

	static List<String> decode(String text) {
		List<String> cells = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == SEPARATOR) {
				cells.add(text.substring(start, i));
				start = i + 1;
			}
		}
		return cells;
	}

}
