package ir.tasvieh.job;

import java.util.List;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PaidPayouts;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.Providers;

/**
 * Asks again about paid payouts the bank may still return (docs/SPEC.md section 9.6):
 * NextPay answers only when asked, so a return would otherwise never be seen. Each
 * provider says for how long after "paid" and how often ({@code returns-window},
 * {@code returns-asked-every}); a payout reported returned becomes {@code REVERSED}.
 */
@Component
class PaidFollowUp {

	private final PaidPayouts paid;

	private final PayoutSubmissions submissions;

	private final Providers providers;

	PaidFollowUp(PaidPayouts paid, PayoutSubmissions submissions, Providers providers) {
		this.paid = paid;
		this.submissions = submissions;
		this.providers = providers;
	}

	/** The given runs and every run with a paid payout due to be asked about again. */
	List<Long> andRunsDue(List<Long> runs) {
		TreeSet<Long> all = new TreeSet<>(runs);
		for (ProviderName name : ProviderName.values()) {
			PayoutProvider provider = this.providers.provider(name);
			all.addAll(this.paid.runsDue(name.id(), provider.returnsWindow(), provider.returnsAskedEvery()));
		}
		return List.copyOf(all);
	}

	/**
	 * Asks once about a run's paid payouts that are due and records the answers.
	 * @return how many payouts changed
	 */
	int follow(long runId, PayoutProvider provider) {
		List<LedgerRow> due = this.paid.due(runId, provider.name().id(), provider.returnsWindow(),
				provider.returnsAskedEvery());
		if (due.isEmpty()) {
			return 0;
		}
		int changed = InquiryGroups.follow(this.submissions, provider, due);
		this.paid.asked(due);
		return changed;
	}

}
