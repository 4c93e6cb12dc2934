package ir.tasvieh.validation;

/**
 * A bank or credit institution from the tables in {@code resources/banks}.
 *
 * @param code the 3-digit SHEBA bank code or the 6-digit card BIN
 * @param nameEn the English name as the table writes it
 * @param nameFa the Persian name as the table writes it
 * @param active whether the institution still operates under its own name
 * @param successorEn the bank it merged into, {@code null} when none
 * @param successorFa the same in Persian, {@code null} when none
 */
record Bank(String code, String nameEn, String nameFa, boolean active, String successorEn, String successorFa) {

	private static final String MERGED_EN = "(merged into ";

	private static final String MERGED_FA = "(ادغام در ";

	/** A table row; the successor is read from the {@code (merged into X)} suffix. */
	static Bank of(String code, String nameEn, String nameFa, boolean active) {
		return new Bank(code, nameEn, nameFa, active, successor(nameEn, MERGED_EN), successor(nameFa, MERGED_FA));
	}

	/** Persian, then English, e.g. {@code بانک ملت (Bank Mellat)}. */
	String display() {
		return this.nameFa + " (" + this.nameEn + ")";
	}

	boolean merged() {
		return this.successorEn != null;
	}

	/** The name without its {@code (merged into X)} suffix. */
	String shortNameEn() {
		return withoutSuffix(this.nameEn, MERGED_EN);
	}

	String shortNameFa() {
		return withoutSuffix(this.nameFa, MERGED_FA);
	}

	private static String successor(String name, String marker) {
		int at = name.lastIndexOf(marker);
		if (at < 0 || !name.endsWith(")")) {
			return null;
		}
		String successor = name.substring(at + marker.length(), name.length() - 1).strip();
		return successor.isEmpty() ? null : successor;
	}

	private static String withoutSuffix(String name, String marker) {
		int at = name.lastIndexOf(marker);
		return (at > 0) ? name.substring(0, at).strip() : name;
	}

}
