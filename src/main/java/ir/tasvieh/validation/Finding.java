package ir.tasvieh.validation;

import org.springframework.modulith.NamedInterface;

/**
 * One validation result of a row: a code of SPEC section 4 and a message in Persian and
 * in English that names the column.
 */
@NamedInterface("findings")
public record Finding(String code, Severity severity, String messageFa, String messageEn) {

	public static Finding error(String code, String messageFa, String messageEn) {
		return new Finding(code, Severity.ERROR, messageFa, messageEn);
	}

	public static Finding warning(String code, String messageFa, String messageEn) {
		return new Finding(code, Severity.WARNING, messageFa, messageEn);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
