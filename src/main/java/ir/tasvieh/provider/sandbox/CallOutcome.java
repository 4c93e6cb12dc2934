package ir.tasvieh.provider.sandbox;

/** What a payout call to a stand-in came to, as its request log keeps it. */
public enum CallOutcome {

	accepted, duplicate, refused, server_error

}
