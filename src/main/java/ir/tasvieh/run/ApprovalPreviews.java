package ir.tasvieh.run;

import java.time.Instant;

import org.springframework.stereotype.Component;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.Providers;

/**
 * Adds up what approving a run would pay and reads the provider's balance at that moment,
 * so the manager decides with the numbers in front of them.
 */
@Component
class ApprovalPreviews {

	private final RunRepository runs;

	private final PayoutLedger ledger;

	private final Providers providers;

	ApprovalPreviews(RunRepository runs, PayoutLedger ledger, Providers providers) {
		this.runs = runs;
		this.ledger = ledger;
		this.providers = providers;
	}

	ApprovalPreview preview(long runId) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		PayoutProvider provider = this.providers.provider(ProviderName.of(run.provider()));
		long[] sums = new long[3];
		this.ledger.forEachRow(runId, (row) -> {
			if (row.status() == PayoutStatus.READY && row.amountIrr() != null) {
				sums[0]++;
				sums[1] += row.amountIrr();
				sums[2] += provider.estimatedFeeIrr(order(row));
			}
		});
		Instant readAt = Instant.now();
		BalanceAnswer balance = provider.balance();
		return new ApprovalPreview(runId, sums[0], sums[1], sums[2], run.provider(), balance.availableIrr(),
				balance.known() ? null : balance.message(), readAt);
	}

	private static PayoutOrder order(LedgerRow row) {
		return new PayoutOrder(row.id(), row.tracker(), row.destinationType(), row.destination(), row.amountIrr(),
				row.name(), row.description(), row.paymentNumber(), null);
	}

}
