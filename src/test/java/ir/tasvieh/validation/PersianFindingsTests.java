package ir.tasvieh.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row's Persian messages read in order (docs/SPEC.md section 9.3): the quoted column
 * name and value are isolated, and every number of the sentence itself is in Persian
 * digits.
 */
class PersianFindingsTests {

	@Test
	void countsTheCharactersOfAWrongShebaInPersianDigits() {
		Finding finding = RowFindings.shebaFormat("sheba", "IR12345678901234567890123", "IR12345678901234567890123");
		assertThat(finding.messageFa()).contains("\u2068sheba\u2069", "\u2068IR12345678901234567890123\u2069");
		assertThat(outsideIsolates(finding.messageFa())).contains("۲۵ نویسه").doesNotContainPattern("[0-9]");
		assertThat(finding.messageEn()).contains("25 characters");
	}

	@Test
	void countsTheDigitsOfAWrongCardInPersianDigits() {
		Finding finding = RowFindings.cardFormat("card", "603799123", "603799123");
		assertThat(outsideIsolates(finding.messageFa())).contains("۹ رقم").doesNotContainPattern("[0-9]");
	}

	private static String outsideIsolates(String message) {
		return message.replaceAll("\u2068[^\u2069]*\u2069", "");
	}

}
