package ir.tasvieh.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderAnswer;
import ir.tasvieh.provider.ProviderCapabilities;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.ProviderOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Groups sent at once: each is handed back exactly once, in the order its sending ended,
 * whatever its sending did, and never before its sending ended.
 */
class GroupsInFlightTests {

	/** Waits for a latch, far longer than any of these tests takes. */
	private static final long PATIENCE_SECONDS = 30;

	@AfterEach
	void forgetInterruption() {
		Thread.interrupted();
	}

	@Test
	void handsBackEachGroupInTheOrderItsSendingEnded() throws Exception {
		CountDownLatch releaseFirst = new CountDownLatch(1);
		try (GroupsInFlight groups = new GroupsInFlight(provider((orders) -> {
			if (orders.get(0).payoutId() == 1) {
				await(releaseFirst);
			}
			return paid(orders);
		}), 2, "test")) {
			groups.send(rows(1), orders(1));
			groups.send(rows(2), orders(2));

			assertThat(groups.next().claimed()).extracting(LedgerRow::id).containsExactly(2L);
			releaseFirst.countDown();
			GroupsInFlight.Sent first = groups.next();

			assertThat(first.claimed()).extracting(LedgerRow::id).containsExactly(1L);
			assertThat(first.outcomes()).extracting(ProviderOutcome::kind).containsExactly(OutcomeKind.PAID);
			assertThat(groups.isEmpty()).isTrue();
		}
	}

	@Test
	void handsBackAGroupWhoseSendingThrewAndTheOthersAsAnswered() {
		IllegalStateException broken = new IllegalStateException("broken provider");
		try (GroupsInFlight groups = new GroupsInFlight(provider((orders) -> {
			if (orders.get(0).payoutId() == 2) {
				throw broken;
			}
			return paid(orders);
		}), 3, "test")) {
			groups.send(rows(1), orders(1));
			groups.send(rows(2), orders(2));
			groups.send(rows(3), orders(3));

			Map<Long, GroupsInFlight.Sent> sent = new ConcurrentHashMap<>();
			while (!groups.isEmpty()) {
				GroupsInFlight.Sent next = groups.next();
				assertThat(sent.put(next.claimed().get(0).id(), next)).isNull();
			}

			assertThat(sent).containsOnlyKeys(1L, 2L, 3L);
			assertThat(sent.get(2L).failure()).isSameAs(broken);
			assertThat(sent.get(2L).outcomes()).isNull();
			assertThat(sent.get(1L).outcomes()).extracting(ProviderOutcome::kind).containsExactly(OutcomeKind.PAID);
			assertThat(sent.get(3L).outcomes()).extracting(ProviderOutcome::kind).containsExactly(OutcomeKind.PAID);
		}
	}

	@Test
	void hasRoomForNoMoreGroupsThanItsLimit() {
		CountDownLatch release = new CountDownLatch(1);
		try (GroupsInFlight groups = new GroupsInFlight(provider((orders) -> {
			await(release);
			return paid(orders);
		}), 2, "test")) {
			assertThat(groups.hasRoom()).isTrue();
			groups.send(rows(1), orders(1));
			groups.send(rows(2), orders(2));
			assertThat(groups.hasRoom()).isFalse();

			release.countDown();
			groups.next();

			assertThat(groups.hasRoom()).isTrue();
			groups.next();
			assertThatIllegalStateException().isThrownBy(groups::next);
		}
	}

	@Test
	void waitsForTheGroupInFlightWhenInterruptedAndInterruptsItsSender() {
		CountDownLatch never = new CountDownLatch(1);
		GroupsInFlight groups = new GroupsInFlight(provider((orders) -> {
			try {
				never.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
				return paid(orders);
			}
			catch (InterruptedException ex) {
				// As NextPay does: an answer not read yet is unknown.
				return unknown(orders, "interrupted before the answer was read");
			}
		}), 2, "test");
		groups.send(rows(1), orders(1));
		Thread.currentThread().interrupt();

		GroupsInFlight.Sent sent = groups.next();

		assertThat(sent.outcomes()).extracting(ProviderOutcome::kind).containsExactly(OutcomeKind.UNKNOWN);
		assertThat(groups.stopped()).isTrue();
		assertThat(Thread.currentThread().isInterrupted()).as("interrupted while waiting").isFalse();
		groups.close();
		assertThat(Thread.interrupted()).as("interrupted again once closed").isTrue();
	}

	@Test
	void sendsNothingHandedInAfterItWasStopped() {
		CountDownLatch release = new CountDownLatch(1);
		Map<Long, Boolean> called = new ConcurrentHashMap<>();
		try (GroupsInFlight groups = new GroupsInFlight(provider((orders) -> {
			called.put(orders.get(0).payoutId(), true);
			await(release);
			return paid(orders);
		}), 1, "test")) {
			groups.stop();
			groups.send(rows(1), orders(1));
			release.countDown();

			GroupsInFlight.Sent sent = groups.next();

			assertThat(called).isEmpty();
			assertThat(sent.outcomes()).extracting(ProviderOutcome::kind).containsExactly(OutcomeKind.UNKNOWN);
		}
	}

	@Test
	void closingWaitsForTheGroupsStillInFlight() {
		CountDownLatch release = new CountDownLatch(1);
		Map<Long, Boolean> answered = new ConcurrentHashMap<>();
		GroupsInFlight groups = new GroupsInFlight(provider((orders) -> {
			await(release);
			answered.put(orders.get(0).payoutId(), true);
			return paid(orders);
		}), 2, "test");
		groups.send(rows(1), orders(1));
		groups.send(rows(2), orders(2));
		new Thread(release::countDown).start();

		groups.close();

		assertThat(answered).containsOnlyKeys(1L, 2L);
		assertThat(groups.isEmpty()).isTrue();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static List<LedgerRow> rows(long id) {
		return List.of(new LedgerRow(id, 1, (int) id, "nextpay", "T-" + id, "T-" + id, "Payee " + id, "SHEBA",
				"IR820540102680020817909002", 1_000_000L + id, null, null, null, PayoutStatus.SUBMITTING, null,
				List.of(), null, null, null, null, null, null, null));
	}

	static List<PayoutOrder> orders(long id) {
		return rows(id).stream().map(ProviderOutcomes::order).toList();
	}

	static List<ProviderOutcome> paid(List<PayoutOrder> orders) {
		return orders.stream()
			.map((order) -> new ProviderOutcome(order.payoutId(), OutcomeKind.PAID, "ref-" + order.payoutId(), null,
					null, "Completed", "paid", new ProviderAnswer("checkout", 200, "{}")))
			.toList();
	}

	static List<ProviderOutcome> unknown(List<PayoutOrder> orders, String why) {
		return orders.stream()
			.map((order) -> ProviderOutcome.unknown(order.payoutId(), why, new ProviderAnswer("checkout", null, why)))
			.toList();
	}

	/** A provider that sends as {@code submit} says and is asked nothing else. */
	static PayoutProvider provider(Function<List<PayoutOrder>, List<ProviderOutcome>> submit) {
		return new PayoutProvider() {

			@Override
			public ProviderName name() {
				return ProviderName.NEXTPAY;
			}

			@Override
			public ProviderCapabilities capabilities() {
				throw new UnsupportedOperationException("not asked in these tests");
			}

			@Override
			public int groupSize() {
				return 1;
			}

			@Override
			public long estimatedFeeIrr(PayoutOrder order) {
				return 0;
			}

			@Override
			public BalanceAnswer balance() {
				return new BalanceAnswer(Long.MAX_VALUE, null, new ProviderAnswer("balance", 200, "{}"));
			}

			@Override
			public List<ProviderOutcome> submit(List<PayoutOrder> orders) {
				return submit.apply(orders);
			}

			@Override
			public List<ProviderOutcome> inquire(List<PayoutOrder> orders) {
				throw new UnsupportedOperationException("not asked in these tests");
			}

		};
	}

}
