package ir.tasvieh.provider.sandbox.nextpay;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;
import ir.tasvieh.provider.sandbox.SandboxSettings;

/**
 * The sandbox's one NextPay wallet. Every change is a single conditional UPDATE, so two
 * payouts racing for the last rials cannot both have them.
 */
@Repository
@ConditionalOnSandbox
class SandboxWallet {

	/**
	 * The wallet's two balances; {@code withdrawableIrr} is part of {@code balanceIrr}.
	 */
	record Balance(long balanceIrr, long withdrawableIrr) {

	}

	private final JdbcTemplate jdbc;

	private final long initialBalanceIrr;

	SandboxWallet(SandboxDatabase database, SandboxSettings settings) {
		this.jdbc = database.jdbc();
		this.initialBalanceIrr = settings.nextpay().initialBalanceIrr();
	}

	/**
	 * Creates the wallet on first use; later calls, and a lost race to create it, do
	 * nothing.
	 */
	void seedIfNew() {
		Integer wallets = this.jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_nextpay_wallet WHERE id = 1",
				Integer.class);
		if (wallets != null && wallets > 0) {
			return;
		}
		try {
			this.jdbc.update("INSERT INTO sandbox_nextpay_wallet (id, balance_irr, withdrawable_irr) VALUES (1, ?, ?)",
					this.initialBalanceIrr, this.initialBalanceIrr);
		}
		catch (DuplicateKeyException ex) {
			// Another request seeded it first.
		}
	}

	/**
	 * Takes rials from the withdrawable balance, or for an instant payout from the total
	 * balance (then the withdrawable part shrinks only as far as the total forces it).
	 * @return whether there was enough; if not, nothing changed
	 */
	boolean take(long irr, boolean fromTotalBalance) {
		// withdrawable_irr is assigned first: MySQL, unlike H2, sees earlier assignments.
		String update = fromTotalBalance ? """
				UPDATE sandbox_nextpay_wallet SET withdrawable_irr = LEAST(withdrawable_irr, balance_irr - ?),
				  balance_irr = balance_irr - ? WHERE id = 1 AND balance_irr >= ?""" : """
				UPDATE sandbox_nextpay_wallet SET withdrawable_irr = withdrawable_irr - ?,
				  balance_irr = balance_irr - ? WHERE id = 1 AND withdrawable_irr >= ?""";
		return this.jdbc.update(update, irr, irr, irr) == 1;
	}

	/** Puts a failed payout's rials back, withdrawable at once. */
	void refund(long irr) {
		this.jdbc.update("UPDATE sandbox_nextpay_wallet SET balance_irr = balance_irr + ?,"
				+ " withdrawable_irr = withdrawable_irr + ? WHERE id = 1", irr, irr);
	}

	Balance read() {
		return this.jdbc.queryForObject("SELECT balance_irr, withdrawable_irr FROM sandbox_nextpay_wallet WHERE id = 1",
				(rs, i) -> new Balance(rs.getLong(1), rs.getLong(2)));
	}

}
