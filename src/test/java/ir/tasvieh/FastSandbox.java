package ir.tasvieh;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * tasvieh on a random port paying through its built-in sandboxes, made fast: payouts
 * settle 600ms after acceptance, are tracked every 200ms, Vandar batches hold three, and
 * an approved run is followed for 30 seconds. The payment tests and the command-line
 * tests use it, so all of them share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=600ms",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.vandar.batch-size=3",
				"tasvieh.approval.follow-for=PT30S" })
public @interface FastSandbox {

}
