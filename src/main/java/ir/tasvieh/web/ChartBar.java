package ir.tasvieh.web;

import java.util.List;

import ir.tasvieh.payout.Tally;

/**
 * One bar of a run page's chart (docs/SPEC.md section 9.3): a status or a bank, its rows
 * and rials, and its length in the chart's units, drawn on the server as SVG so the page
 * needs no script. The table beside the chart carries the same numbers for screen
 * readers.
 *
 * @param key the status name or the bank as the ledger keeps it
 * @param length the bar's length, 0 to {@value #FULL}, proportional to its rials (to its
 * rows when no row has an amount)
 * @param y where the bar stands in the chart, from its top
 */
record ChartBar(String key, long count, long totalIrr, int length, int y) {

	/** The length of the longest bar. */
	static final int FULL = 160;

	/** The height each bar takes, with the space below it. */
	static final int STEP = 26;

	static List<ChartBar> of(List<Tally> tallies) {
		long most = tallies.stream().mapToLong(Tally::totalIrr).max().orElse(0);
		long mostRows = tallies.stream().mapToLong(Tally::count).max().orElse(0);
		boolean byRials = most > 0;
		long max = byRials ? most : Math.max(1, mostRows);
		List<ChartBar> bars = new java.util.ArrayList<>(tallies.size());
		for (int i = 0; i < tallies.size(); i++) {
			Tally tally = tallies.get(i);
			long value = byRials ? tally.totalIrr() : tally.count();
			// A bar with any rows stays visible, however small beside the longest.
			int length = (int) Math.max((value > 0) ? 2 : 0, Math.round((double) value * FULL / max));
			bars.add(new ChartBar(tally.key(), tally.count(), tally.totalIrr(), length, i * STEP));
		}
		return List.copyOf(bars);
	}

	/** The chart's height for this many bars. */
	static int height(List<ChartBar> bars) {
		return Math.max(STEP, bars.size() * STEP);
	}

}
