package ir.tasvieh.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardMaskTests {

	@Test
	void keepsTheBinAndTheLastFourDigits() {
		assertThat(CardMask.mask("6219861034529007")).isEqualTo("621986******9007");
	}

	@Test
	void masksCardsTypedWithSeparatorsOrPersianDigits() {
		assertThat(CardMask.mask("6037-7016-8909-5443")).isEqualTo("603770******5443");
		assertThat(CardMask.mask("۶۰۳۷۷۰۱۶۸۹۰۹۵۴۴۳")).isEqualTo("603770******5443");
	}

	@Test
	void masksAnInvalidCardToo() {
		assertThat(CardMask.mask("60377016890954431")).isEqualTo("603770*******4431");
	}

	@Test
	void leavesShortTextAlone() {
		assertThat(CardMask.mask("n/a")).isEqualTo("n/a");
		assertThat(CardMask.mask("12345")).isEqualTo("12345");
	}

}
