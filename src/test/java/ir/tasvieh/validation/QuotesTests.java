package ir.tasvieh.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTests {

	@Test
	void masksACardNumberQuotedInsideOtherText() {
		assertThat(Quotes.value("pay 6037991234567000 now")).isEqualTo("pay 603799******7000 now");
		assertThat(Quotes.value("کارت ۶۰۳۷۹۹۱۲۳۴۵۶۷۰۰۰")).isEqualTo("کارت ۶۰۳۷۹۹******۷۰۰۰");
	}

	@Test
	void leavesDigitRunsThatAreNotCardNumbersAlone() {
		assertThat(Quotes.value("ref 6037991234567001")).isEqualTo("ref 6037991234567001");
		assertThat(Quotes.value("-1.7976931348623157E308")).isEqualTo("-1.7976931348623157E308");
		assertThat(Quotes.value("IR820540102680020817909002")).isEqualTo("IR820540102680020817909002");
	}

	@Test
	void masksAWholeCellThatIsACardNumber() {
		assertThat(Quotes.value("6037-9912-3456-7000")).isEqualTo("603799******7000");
	}

}
