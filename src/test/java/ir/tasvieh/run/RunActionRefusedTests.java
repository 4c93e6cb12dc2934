package ir.tasvieh.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunActionRefusedTests {

	@Test
	void namesAnUnknownRunInPersianDigitsInPersianAndInLatinDigitsInEnglish() {
		RunActionRefused refused = RunActionRefused.notFound(1405);
		assertThat(refused.messageFa()).contains("۱۴۰۵").doesNotContainPattern("[0-9]");
		assertThat(refused.messageEn()).contains("1405");
	}

}
