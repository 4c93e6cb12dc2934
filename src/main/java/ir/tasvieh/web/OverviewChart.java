package ir.tasvieh.web;

import java.util.ArrayList;
import java.util.List;

import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.OverviewDay;

/**
 * The home page's chart of the last days (docs/SPEC.md section 9.3), drawn on the server
 * as SVG so the page needs no script: a column per day, oldest on the left, stacked from
 * the bottom as paid, failed, in doubt and waiting for approval, each segment as tall as
 * its rows. The table beside it carries the same numbers for screen readers.
 *
 * @param columns a column per day
 * @param most the rows of the fullest day, which fills the plot's height
 */
record OverviewChart(List<Column> columns, long most) {

	/** The height of the plot, above the day labels. */
	static final int PLOT = 140;

	/** The width each day takes, with the space beside its column. */
	static final int STEP = 22;

	/** The width of a column. */
	static final int BAR = 16;

	/** Where the plot starts from the top, below the label of the fullest day. */
	static final int TOP = 14;

	/** A day label is written under every this many days, and under today. */
	static final int LABEL_EVERY = 5;

	static OverviewChart of(List<OverviewDay> days) {
		long most = days.stream().mapToLong(OverviewDay::rows).max().orElse(0);
		List<Column> columns = new ArrayList<>(days.size());
		for (int i = 0; i < days.size(); i++) {
			OverviewDay day = days.get(i);
			List<Segment> segments = new ArrayList<>(4);
			int bottom = TOP + PLOT;
			for (Tally part : List.of(day.paid(), day.failed(), day.inDoubt(), day.waiting())) {
				if (part.count() > 0) {
					// A segment with any rows stays visible, however small beside the
					// fullest day.
					int height = (int) Math.max(2, Math.round((double) part.count() * PLOT / most));
					bottom -= height;
					segments.add(new Segment(kind(day, part), part.count(), bottom, height));
				}
			}
			boolean labelled = (days.size() - 1 - i) % LABEL_EVERY == 0;
			columns.add(new Column(day, i * STEP + 2, List.copyOf(segments), labelled));
		}
		return new OverviewChart(List.copyOf(columns), most);
	}

	/** The chart's width. */
	public int width() {
		// Room for today's label, centred under the last column.
		return Math.max(STEP, this.columns.size() * STEP) + STEP;
	}

	/** The chart's height, with the day labels. */
	public int height() {
		return TOP + PLOT + 20;
	}

	/** Where the day labels stand. */
	public int labelY() {
		return TOP + PLOT + 14;
	}

	private static String kind(OverviewDay day, Tally part) {
		if (part == day.paid()) {
			return "paid";
		}
		if (part == day.failed()) {
			return "failed";
		}
		return (part == day.inDoubt()) ? "in-doubt" : "waiting";
	}

	/**
	 * @param x where the column stands from the left
	 * @param labelled whether its date is written under it
	 */
	record Column(OverviewDay day, int x, List<Segment> segments, boolean labelled) {

		/** The middle of the column, where its label is centred. */
		public int middle() {
			return this.x + BAR / 2;
		}

	}

	/**
	 * @param kind {@code paid}, {@code failed}, {@code in-doubt} or {@code waiting}
	 * @param y its top, from the chart's top
	 */
	record Segment(String kind, long count, int y, int height) {

	}

}
