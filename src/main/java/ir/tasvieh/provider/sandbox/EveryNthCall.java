package ir.tasvieh.provider.sandbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the payout calls one fake provider receives and picks the ones that suffer a
 * fault: every Nth a 500 before anything is taken, every Mth an answer lost after the
 * payout was taken. Changing either knob starts the count again.
 */
public final class EveryNthCall {

	/** What a payout call is to suffer, decided when it arrives. */
	public enum Fault {

		/** Answered normally. */
		NONE,
		/** HTTP 500 before anything is taken. */
		SERVER_ERROR,
		/** Taken as usual, then HTTP 500 instead of the answer. */
		ANSWER_LOST

	}

	private final AtomicLong calls = new AtomicLong();

	private volatile int failEveryNth5xx;

	private volatile int loseEveryNthAnswer;

	public synchronized void reset(int failEveryNth5xx, int loseEveryNthAnswer) {
		this.failEveryNth5xx = Math.max(0, failEveryNth5xx);
		this.loseEveryNthAnswer = Math.max(0, loseEveryNthAnswer);
		this.calls.set(0);
	}

	/** Counts a call and tells which fault, if any, it gets; a 500 wins when both hit. */
	public Fault next() {
		long call = this.calls.incrementAndGet();
		int serverError = this.failEveryNth5xx;
		int lose = this.loseEveryNthAnswer;
		if (serverError > 0 && call % serverError == 0) {
			return Fault.SERVER_ERROR;
		}
		if (lose > 0 && call % lose == 0) {
			return Fault.ANSWER_LOST;
		}
		return Fault.NONE;
	}

	public void setFailEveryNth5xx(int nth) {
		reset(nth, this.loseEveryNthAnswer);
	}

	public void setLoseEveryNthAnswer(int nth) {
		reset(this.failEveryNth5xx, nth);
	}

	public int failEveryNth5xx() {
		return this.failEveryNth5xx;
	}

	public int loseEveryNthAnswer() {
		return this.loseEveryNthAnswer;
	}

	public long calls() {
		return this.calls.get();
	}

}
