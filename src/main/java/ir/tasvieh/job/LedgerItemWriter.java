package ir.tasvieh.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.ApplicationEventPublisher;

import ir.tasvieh.payout.NewPayout;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;

/**
 * Writes a chunk of validated rows to the ledger in one JDBC batch and reports progress.
 */
class LedgerItemWriter implements ItemWriter<NewPayout> {

	private final PayoutLedger ledger;

	private final ApplicationEventPublisher events;

	private final long runId;

	private final RowToPayoutProcessor processor;

	private long rows = -1;

	private long invalid;

	LedgerItemWriter(PayoutLedger ledger, ApplicationEventPublisher events, long runId,
			RowToPayoutProcessor processor) {
		this.processor = processor;
		this.ledger = ledger;
		this.events = events;
		this.runId = runId;
	}

	@Override
	public void write(Chunk<? extends NewPayout> chunk) {
		if (this.rows < 0) {
			this.rows = this.ledger.countRows(this.runId);
		}
		this.ledger.add(chunk.getItems().stream().map(NewPayout.class::cast).toList());
		this.processor.flagFirstRowsOfRepeats();
		this.rows += chunk.size();
		for (NewPayout payout : chunk) {
			if (payout.status() == PayoutStatus.INVALID) {
				this.invalid++;
			}
		}
		this.events.publishEvent(new RowsRead(this.runId, this.rows, this.invalid));
	}

}
