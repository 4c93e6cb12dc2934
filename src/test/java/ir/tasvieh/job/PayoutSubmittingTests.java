package ir.tasvieh.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import ir.tasvieh.payout.EarlierPayouts;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.OutcomeRecord;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.SendGate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Sending with several groups in flight, against a ledger stand-in: a group whose sending
 * fails loses none of the others, and an interrupted step claims nothing more but still
 * records what it sent.
 */
class PayoutSubmittingTests {

	private static final long RUN = 1;

	private final PayoutSubmissions submissions = mock(PayoutSubmissions.class);

	private final EarlierPayouts earlierPayouts = mock(EarlierPayouts.class);

	private final List<PayoutsSent> events = new CopyOnWriteArrayList<>();

	private final StoppedRuns stoppedRuns = mock(StoppedRuns.class);

	@AfterEach
	void forgetInterruption() {
		Thread.interrupted();
	}

	@Test
	void recordsTheOtherGroupsWhenSendingOneThrowsAndThenFails() {
		IllegalStateException broken = new IllegalStateException("broken provider");
		PayoutProvider provider = GroupsInFlightTests.provider((orders) -> {
			if (orders.get(0).payoutId() == 2) {
				throw broken;
			}
			return GroupsInFlightTests.paid(orders);
		});
		ready(3);

		assertThatThrownBy(() -> submitting(provider, 3).execute(null, null)).isSameAs(broken);

		assertThat(recorded()).extracting(OutcomeRecord::payoutId).containsExactlyInAnyOrder(1L, 3L);
		assertThat(recorded()).extracting(OutcomeRecord::status).containsOnly(PayoutStatus.PAID);
		assertThat(this.events).extracting(PayoutsSent::count).containsExactly(1, 1);
	}

	@Test
	void claimsNothingMoreOnceInterruptedAndRecordsTheGroupInFlightAsUnknown() {
		Thread step = Thread.currentThread();
		CountDownLatch never = new CountDownLatch(1);
		PayoutProvider provider = GroupsInFlightTests.provider((orders) -> {
			step.interrupt();
			try {
				never.await(30, TimeUnit.SECONDS);
				return GroupsInFlightTests.paid(orders);
			}
			catch (InterruptedException ex) {
				return GroupsInFlightTests.unknown(orders, "interrupted before the answer was read");
			}
		});
		ready(3);

		submitting(provider, 1).execute(null, null);

		assertThat(Thread.interrupted()).as("the step thread is left interrupted").isTrue();
		verify(this.submissions, times(1)).claimForSubmission(anyLong(), anyInt(), anyInt());
		assertThat(recorded()).extracting(OutcomeRecord::payoutId).containsExactly(1L);
		assertThat(recorded()).extracting(OutcomeRecord::status).containsExactly(PayoutStatus.UNKNOWN);
		assertThat(this.events).extracting(PayoutsSent::count).containsExactly(1);
	}

	/** Payouts 1 to {@code count} are READY, and claimed one a group. */
	private void ready(int count) {
		List<List<LedgerRow>> groups = new ArrayList<>();
		for (long id = 1; id <= count; id++) {
			groups.add(GroupsInFlightTests.rows(id));
		}
		when(this.submissions.unresolved(RUN)).thenReturn(List.of());
		when(this.stoppedRuns.gate(RUN)).thenReturn(SendGate.OPEN);
		when(this.submissions.countReady(RUN)).thenReturn(count);
		List<LedgerRow> all = groups.stream().flatMap(List::stream).toList();
		doAnswer((invocation) -> {
			Consumer<LedgerRow> action = invocation.getArgument(1);
			all.forEach(action);
			return null;
		}).when(this.submissions).forEachReady(eq(RUN), any());
		Deque<List<LedgerRow>> claims = new ArrayDeque<>(groups);
		when(this.submissions.claimForSubmission(eq(RUN), anyInt(), eq(1)))
			.thenAnswer((invocation) -> claims.isEmpty() ? List.of() : claims.poll());
	}

	private PayoutSubmitting submitting(PayoutProvider provider, int groupsInFlight) {
		return new PayoutSubmitting(this.submissions, this.earlierPayouts, provider,
				(event) -> this.events.add((PayoutsSent) event), RUN, 2, groupsInFlight, new SendingStop(),
				this.stoppedRuns);
	}

	@SuppressWarnings("unchecked")
	private List<OutcomeRecord> recorded() {
		ArgumentCaptor<List<OutcomeRecord>> records = ArgumentCaptor.forClass(List.class);
		verify(this.submissions, atLeastOnce()).record(anyString(), records.capture());
		return records.getAllValues().stream().flatMap(List::stream).toList();
	}

}
