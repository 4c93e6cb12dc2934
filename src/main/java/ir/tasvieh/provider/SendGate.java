package ir.tasvieh.provider;

/**
 * Asked right before each call that would send money: whether it may still go out. A run
 * stopped by a manager closes its gate (docs/SPEC.md section 9.7); a call already on the
 * wire is not affected.
 */
@FunctionalInterface
public interface SendGate {

	/** A gate that never closes. */
	SendGate OPEN = () -> null;

	/**
	 * @return {@code null} while calls may go out, else why not (a person's words), which
	 * becomes the reason of each payout not sent
	 */
	String closedBecause();

}
