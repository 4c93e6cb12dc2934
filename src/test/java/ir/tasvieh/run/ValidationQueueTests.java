package ir.tasvieh.run;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Turns, places and stopping of the validation queue, without Spring. */
class ValidationQueueTests {

	private final CountDownLatch gate = new CountDownLatch(1);

	private final ValidationQueue queue = new ValidationQueue(new UploadSettings(null, null, 1, Duration.ZERO),
			new OutOfMemory((code) -> {
			}));

	@AfterEach
	void stop() {
		this.gate.countDown();
		this.queue.stop();
	}

	@Test
	void runsOneValidationPerSlotAndTheOthersInTheOrderTheyCame() {
		CompletableFuture<String> first = this.queue.add(1, this::held);
		CompletableFuture<String> second = this.queue.add(2, () -> "second");
		CompletableFuture<String> third = this.queue.add(3, () -> "third");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.queue.place(1)).hasValue(0));
		assertThat(this.queue.place(2)).hasValue(1);
		assertThat(this.queue.place(3)).hasValue(2);
		assertThat(this.queue.place(4)).isEmpty();

		this.gate.countDown();

		assertThat(first.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("held");
		assertThat(second.join()).isEqualTo("second");
		assertThat(third.join()).isEqualTo("third");
		// A validation's future completes just before the queue forgets its place.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.queue.place(1)).isEmpty();
			assertThat(this.queue.place(3)).isEmpty();
		});
	}

	@Test
	void stoppingInterruptsTheValidationUnderWayAndCancelsTheWaitingOnes() {
		CompletableFuture<String> underWay = this.queue.add(1, this::held);
		CompletableFuture<String> waiting = this.queue.add(2, () -> "never");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.queue.place(1)).hasValue(0));

		this.queue.stop();

		assertThat(waiting).isCancelled();
		assertThat(underWay.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo("interrupted");
		assertThat(this.queue.stopping()).isTrue();
		assertThat(this.queue.add(3, () -> "late")).isCancelled();
	}

	private String held() {
		try {
			return this.gate.await(30, TimeUnit.SECONDS) ? "held" : "timed out";
		}
		catch (InterruptedException ex) {
			return "interrupted";
		}
	}

}
