package ir.tasvieh.job;

import org.springframework.stereotype.Component;

/**
 * Whether tasvieh is being stopped: payment steps then claim nothing more, let the calls
 * in flight finish and be recorded, and end; tracking stops waiting. Interrupting them
 * instead would cut calls off mid-way and leave their payouts in doubt.
 */
@Component
class SendingStop {

	private volatile boolean requested;

	boolean requested() {
		return this.requested;
	}

	void request() {
		this.requested = true;
	}

	void clear() {
		this.requested = false;
	}

}
