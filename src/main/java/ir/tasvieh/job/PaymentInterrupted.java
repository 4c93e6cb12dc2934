package ir.tasvieh.job;

/**
 * Thrown by a payment step that stopped sending because tasvieh is being stopped: the
 * calls already made were finished and recorded, the rest stays READY, and the job is
 * restarted at the next start.
 */
class PaymentInterrupted extends RuntimeException {

	PaymentInterrupted(long runId) {
		super("tasvieh was stopped while run " + runId + " was being paid");
	}

}
