package ir.tasvieh.cli;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The small sample paid end to end through Vandar's built-in sandbox, in batches of four,
 * in a context (and database) of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.tracking.poll-interval=200ms", "tasvieh.sandbox.vandar.queue-time=200ms",
				"tasvieh.sandbox.vandar.settle-time=600ms", "tasvieh.vandar.batch-size=4" })
class VandarRunCommandIntegrationTests extends RunCommandIntegrationTests {

	@Override
	String provider() {
		return "vandar";
	}

}
