package ir.tasvieh.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersianTextTests {

	@Test
	void isolatesAUserNameOrAStatusInsideThePersianSentenceOfAMail() {
		String advice = "تصمیم شمارهٔ " + PersianText.number(12) + " از " + PersianText.isolate("manager2") + " ← "
				+ PersianText.isolate("NOT_RECEIVED");
		assertThat(advice).isEqualTo("تصمیم شمارهٔ ۱۲ از \u2068manager2\u2069 ← \u2068NOT_RECEIVED\u2069");
	}

	@Test
	void dropsDirectionMarksInsideAValueSoItCannotEndItsIsolateEarly() {
		assertThat(PersianText.isolate("ok\u2069\u202Eevil\u200F")).isEqualTo("\u2068okevil\u2069");
	}

}
