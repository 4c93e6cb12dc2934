package ir.tasvieh.job;

/**
 * Paying a run cannot start now (the balance is too low or cannot be read); nothing was
 * sent, and running the same command again later resumes the run.
 */
class PaymentRefused extends RuntimeException {

	PaymentRefused(String message) {
		super(message);
	}

}
