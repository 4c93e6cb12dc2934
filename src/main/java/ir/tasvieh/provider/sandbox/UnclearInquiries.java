package ir.tasvieh.provider.sandbox;

import java.util.Locale;

/**
 * Which status inquiries a stand-in answers unclearly (neither "I have it" nor "I do not
 * know it"), so that a payout whose call was lost stays in doubt for a demo or a test of
 * a person's decision (docs/SPEC.md section 6.1). Both stand-ins have the knob.
 */
public enum UnclearInquiries {

	/** Every inquiry is answered as usual. */
	NONE,
	/** An inquiry about a payout the sandbox does not hold. */
	UNKNOWN,
	/** Every inquiry. */
	ALL;

	public static UnclearInquiries of(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

}
