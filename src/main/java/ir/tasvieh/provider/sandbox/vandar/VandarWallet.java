package ir.tasvieh.provider.sandbox.vandar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;
import ir.tasvieh.provider.sandbox.SandboxSettings;

/**
 * The sandbox's one Vandar wallet, in rials. Every change is a single conditional UPDATE,
 * so two batches racing for the last rials cannot both have them.
 */
@Repository
@ConditionalOnSandbox
class VandarWallet {

	private final JdbcTemplate jdbc;

	private final long initialBalanceIrr;

	VandarWallet(SandboxDatabase database, SandboxSettings settings) {
		this.jdbc = database.jdbc();
		this.initialBalanceIrr = settings.vandar().initialBalanceIrr();
	}

	/**
	 * Creates the wallet on first use; later calls, and a lost race to create it, do
	 * nothing.
	 */
	void seedIfNew() {
		Integer wallets = this.jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_vandar_wallet WHERE id = 1",
				Integer.class);
		if (wallets != null && wallets > 0) {
			return;
		}
		try {
			this.jdbc.update("INSERT INTO sandbox_vandar_wallet (id, balance_irr) VALUES (1, ?)",
					this.initialBalanceIrr);
		}
		catch (DuplicateKeyException ex) {
			// Another request seeded it first.
		}
	}

	/**
	 * @return whether there was enough; if not, nothing changed
	 */
	boolean take(long irr) {
		return this.jdbc.update(
				"UPDATE sandbox_vandar_wallet SET balance_irr = balance_irr - ? WHERE id = 1 AND balance_irr >= ?", irr,
				irr) == 1;
	}

	/** Puts a failed settlement's rials back. */
	void refund(long irr) {
		this.jdbc.update("UPDATE sandbox_vandar_wallet SET balance_irr = balance_irr + ? WHERE id = 1", irr);
	}

	long balanceIrr() {
		Long balance = this.jdbc.queryForObject("SELECT balance_irr FROM sandbox_vandar_wallet WHERE id = 1",
				Long.class);
		return (balance != null) ? balance : 0;
	}

}
