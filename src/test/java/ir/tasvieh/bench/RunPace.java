package ir.tasvieh.bench;

import java.util.List;

/**
 * How fast one run's payouts were claimed for sending, from the claim times in the
 * ledger: over the run, within a window, and near its start against near its end (where a
 * claim that grows with the run shows).
 *
 * @param approvedAt when the approval was asked for (epoch ms)
 * @param claims the claim time of every payout claimed, in order (epoch ms)
 * @param wholeSeconds whether the database kept the claim times in whole seconds only
 * (then each is taken as the middle of its second, and a slice of claims as spanning the
 * seconds it touches)
 */
record RunPace(long approvedAt, List<Long> claims, boolean wholeSeconds) {

	static RunPace of(long approvedAt, List<Long> claims) {
		if (!wholeSeconds(claims)) {
			return new RunPace(approvedAt, claims, false);
		}
		return new RunPace(approvedAt, claims.stream().map((claim) -> claim + 500).toList(), true);
	}

	int payouts() {
		return this.claims.size();
	}

	/** Seconds from the approval to the first payout claimed; NaN if none was. */
	double secondsToFirst() {
		return this.claims.isEmpty() ? Double.NaN : (this.claims.get(0) - this.approvedAt) / 1000.0;
	}

	/** The last claim (epoch ms), or the approval if nothing was claimed. */
	long lastClaim() {
		return this.claims.isEmpty() ? this.approvedAt : this.claims.get(this.claims.size() - 1);
	}

	/** Payouts a second from the approval to the last payout claimed. */
	double perSecond() {
		return perSecond(this.claims.size(), lastClaim() - this.approvedAt);
	}

	/** Payouts claimed from the approval until {@code end} (epoch ms). */
	int claimedBy(long end) {
		int count = 0;
		for (long claim : this.claims) {
			if (claim <= end) {
				count++;
			}
		}
		return count;
	}

	/** Payouts a second over the first tenth of the payouts claimed. */
	double firstTenthPerSecond() {
		return pace(this.claims.subList(0, tenth()), this.wholeSeconds);
	}

	/** Payouts a second over the last tenth of the payouts claimed. */
	double lastTenthPerSecond() {
		return pace(this.claims.subList(this.claims.size() - tenth(), this.claims.size()), this.wholeSeconds);
	}

	/**
	 * Mean ms from one claimed group to the next over the first tenth (a group's payouts
	 * share one claim time).
	 */
	double firstTenthMsPerGroup() {
		return msPerGroup(this.claims.subList(0, tenth()));
	}

	double lastTenthMsPerGroup() {
		return msPerGroup(this.claims.subList(this.claims.size() - tenth(), this.claims.size()));
	}

	private int tenth() {
		return Math.min(this.claims.size(), Math.max(2, this.claims.size() / 10));
	}

	/**
	 * The payouts claimed before the last claim of a slice, over the time from its first
	 * claim to its last; in whole seconds, all of them over the seconds they touch.
	 */
	private static double pace(List<Long> claims, boolean wholeSeconds) {
		if (wholeSeconds) {
			return perSecond(claims.size(), span(claims) + 1000);
		}
		long last = claims.isEmpty() ? 0 : claims.get(claims.size() - 1);
		return perSecond(claims.stream().filter((claim) -> claim < last).count(), span(claims));
	}

	private static double msPerGroup(List<Long> claims) {
		long groups = claims.stream().distinct().count();
		return (groups < 2) ? Double.NaN : span(claims) / (double) (groups - 1);
	}

	private static long span(List<Long> claims) {
		return claims.isEmpty() ? 0 : claims.get(claims.size() - 1) - claims.get(0);
	}

	/**
	 * Whether the times were all kept in whole seconds (a database that dropped the
	 * milliseconds): then gaps between groups and calls cannot be told.
	 */
	static boolean wholeSeconds(List<Long> times) {
		return times.size() > 1 && times.stream().allMatch((time) -> time % 1000 == 0);
	}

	static double perSecond(long payouts, long millis) {
		return (millis <= 0) ? Double.NaN : payouts * 1000.0 / millis;
	}

}
