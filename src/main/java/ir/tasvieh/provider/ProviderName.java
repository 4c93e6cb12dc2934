package ir.tasvieh.provider;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** The providers tasvieh pays through. */
@NamedInterface("names")
public enum ProviderName {

	NEXTPAY, VANDAR;

	/**
	 * The lower-case name used on the command line, in configuration and in the ledger.
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@code nextpay} or {@code vandar}, in any case. */
	public static ProviderName of(String id) {
		for (ProviderName name : values()) {
			if (name.id().equalsIgnoreCase(id.trim())) {
				return name;
			}
		}
		throw new IllegalArgumentException("Unknown provider '" + id + "': expected nextpay or vandar");
	}

}
