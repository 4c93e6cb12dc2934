package ir.tasvieh.cli;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ir.tasvieh.job.PayoutsSent;
import ir.tasvieh.job.RowsRead;

/**
 * Shows on the terminal how far the job has read, at most about once a second.
 */
@Component
class ProgressPrinter {

	private long lastPrinted;

	private long sent;

	private volatile boolean quiet;

	@EventListener
	void on(RowsRead progress) {
		print("rows read: " + progress.rows() + ", invalid: " + progress.invalid());
	}

	@EventListener
	void on(PayoutsSent progress) {
		this.sent += progress.count();
		print("payouts sent: " + this.sent);
	}

	/**
	 * Stops printing: {@code serve} runs many sheets at once, which the pages and the log
	 * show, and a running count on the terminal would mix them.
	 */
	void beQuiet() {
		this.quiet = true;
	}

	private void print(String line) {
		if (this.quiet) {
			return;
		}
		long now = System.nanoTime();
		if (now - this.lastPrinted < 1_000_000_000L) {
			return;
		}
		this.lastPrinted = now;
		if (System.console() != null) {
			System.err.print("\r" + line);
		}
		else {
			System.err.println(line);
		}
	}

}
