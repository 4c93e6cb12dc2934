package ir.tasvieh.provider.sandbox.nextpay;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;

/**
 * How many NextPay calls the sandbox is answering at once, and the most it ever was: what
 * a real provider's limit on parallel calls would see. Shown by {@code /sandbox/control}
 * ({@code nextpayMostCallsInFlight}), cleared by its {@code reset}, so a test or the
 * benchmark can hold tasvieh to {@code tasvieh.nextpay.concurrency} across runs and
 * instances.
 */
@Component
@ConditionalOnSandbox
public class CallsInFlight {

	private final AtomicInteger now = new AtomicInteger();

	private final AtomicInteger most = new AtomicInteger();

	<T> T during(Supplier<T> call) {
		this.most.accumulateAndGet(this.now.incrementAndGet(), Math::max);
		try {
			return call.get();
		}
		finally {
			this.now.decrementAndGet();
		}
	}

	public int most() {
		return this.most.get();
	}

	/** Starts counting afresh from the calls being answered now. */
	public void reset() {
		this.most.set(this.now.get());
	}

}
