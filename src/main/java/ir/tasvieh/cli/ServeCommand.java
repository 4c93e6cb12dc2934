package ir.tasvieh.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.Runs;
import picocli.CommandLine.Command;
import sun.misc.Signal;

/**
 * {@code serve} (also what runs with no command): the web app, the JSON API and the
 * scheduled tasks. Resumes the payments an earlier process left unfinished and serves
 * until the process is told to stop (SIGTERM, Ctrl-C).
 */
@Component
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Start the web app and the scheduler on server.port (8080); the default with no command.")
class ServeCommand implements Callable<Integer>, ApplicationListener<ContextClosedEvent> {

	private final Runs runs;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final ProgressPrinter progress;

	private final CountDownLatch closed = new CountDownLatch(1);

	ServeCommand(Runs runs, Environment environment, ConfigurableApplicationContext context, ProgressPrinter progress) {
		this.runs = runs;
		this.environment = environment;
		this.context = context;
		this.progress = progress;
	}

	@Override
	public Integer call() throws InterruptedException {
		exitZeroWhenAskedToStop();
		return serve(System.out);
	}

	int serve(PrintStream out) throws InterruptedException {
		this.progress.beQuiet();
		this.runs.resumeInterrupted();
		printWelcome(out);
		// Spring Boot says "ready" once the command-line runners return, which serve's
		// never does: it is ready now (SPEC 9.8, /actuator/health/readiness).
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		this.closed.await();
		// Returns once the context is closed, so nothing runs on in a half-closed one.
		this.context.close();
		return ExitCodes.OK;
	}

	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		if (event.getApplicationContext() == this.context) {
			this.closed.countDown();
		}
	}

	/**
	 * A stop asked for with SIGTERM or Ctrl-C is the normal end of serving: the process
	 * exits 0 after closing the context (Spring's shutdown hook still runs), not with the
	 * JVM's 128+signal that service managers count as a failure.
	 */
	private static void exitZeroWhenAskedToStop() {
		for (String name : new String[] { "TERM", "INT" }) {
			try {
				Signal.handle(new Signal(name), (signal) -> System.exit(ExitCodes.OK));
			}
			catch (IllegalArgumentException ex) {
				// The platform has no such signal, or the JVM keeps it (-Xrs): its
				// default stays.
			}
		}
	}

	private void printWelcome(PrintStream out) {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		String address = this.environment.getProperty("server.address", "localhost");
		out.println("tasvieh is serving on http://" + address + ":" + port + "/ (Ctrl-C stops it)");
	}

}
