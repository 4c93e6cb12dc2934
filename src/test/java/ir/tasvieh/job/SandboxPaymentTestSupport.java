package ir.tasvieh.job;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ir.tasvieh.FastSandbox;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.run.Runs;

/**
 * What the payment integration tests share: tasvieh on a random port paying through its
 * built-in sandboxes, whose faults are reset before and after each test so that one
 * test's knobs never reach the next (the context, and so the sandbox, is shared between
 * test classes).
 * <p>
 * The properties are the common fast sandbox ({@link FastSandbox}). A subclass that needs
 * other timings declares its own {@code @SpringBootTest}; classes that share one property
 * set share one Spring context.
 */
@FastSandbox
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
