package ir.tasvieh.job;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.run.Runs;

/**
 * What the payment integration tests share: tasvieh on a random port paying through its
 * built-in sandboxes, whose faults are reset before and after each test so that one
 * test's knobs never reach the next (the context, and so the sandbox, is shared between
 * test classes).
 * <p>
 * The properties here are the common fast sandbox (payouts settle 600ms after acceptance,
 * tracked every 200ms, Vandar batches of three). A subclass that needs other timings
 * declares its own {@code @SpringBootTest}; classes that share one property set share one
 * Spring context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=600ms",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.vandar.batch-size=3",
				"tasvieh.approval.follow-for=PT30S" })
abstract class SandboxPaymentTestSupport {

	private static final AtomicInteger SHEETS = new AtomicInteger();

	@Autowired
	Runs runs;

	@Autowired
	PayoutLedger ledger;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	SandboxClient sandbox;

	@BeforeEach
	void resetTheSandbox() {
		this.sandbox = new SandboxClient(this.port);
		this.sandbox.reset();
	}

	@AfterEach
	void calmTheSandbox() {
		this.sandbox.reset();
	}

	/** A number no other sheet of this JVM has had, for unique trackers. */
	static int nextSheet() {
		return SHEETS.incrementAndGet();
	}

}
