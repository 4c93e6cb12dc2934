package ir.tasvieh.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The SHEBA bank-code and card-BIN tables of {@code resources/banks}, read once. Lookups
 * are plain map reads, safe from any thread.
 */
final class Banks {

	private static final String CODES = "/banks/iran-bank-codes.csv";

	private static final String BINS = "/banks/iran-card-bins.csv";

	private final Map<String, Bank> byShebaCode;

	private final Map<String, Bank> byBin;

	private Banks(Map<String, Bank> byShebaCode, Map<String, Bank> byBin) {
		this.byShebaCode = Map.copyOf(byShebaCode);
		this.byBin = Map.copyOf(byBin);
	}

	/** The tables shipped with tasvieh, loaded on first use. */
	static Banks standard() {
		return Holder.STANDARD;
	}

	/** The bank of a 3-digit SHEBA bank code, {@code null} when unknown. */
	Bank byShebaCode(String code) {
		return this.byShebaCode.get(code);
	}

	/** The bank of a 6-digit BIN, {@code null} when unknown. */
	Bank byBin(String bin) {
		return this.byBin.get(bin);
	}

	int shebaCodeCount() {
		return this.byShebaCode.size();
	}

	int binCount() {
		return this.byBin.size();
	}

	private static Map<String, Bank> read(String resource, int codeLength, boolean hasActive) {
		Map<String, Bank> banks = new HashMap<>();
		try (InputStream in = Banks.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing bank table " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				if (fields.length != (hasActive ? 4 : 3) || fields[0].length() != codeLength) {
					throw new IllegalStateException("Malformed line in " + resource + ": " + line);
				}
				boolean active = !hasActive || Boolean.parseBoolean(fields[3].strip());
				Bank bank = Bank.of(fields[0], fields[1].strip(), fields[2].strip(), active);
				if (banks.put(bank.code(), bank) != null) {
					throw new IllegalStateException("Duplicate code in " + resource + ": " + bank.code());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return banks;
	}

	/** Loads the tables when first needed (initialisation-on-demand holder). */
	private static final class Holder {

		static final Banks STANDARD = new Banks(read(CODES, 3, true), read(BINS, 6, false));

	}

}
