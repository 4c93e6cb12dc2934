package ir.tasvieh.provider;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumbersInTextTests {

	@Test
	void masksEveryLuhnValidSixteenDigitRunOfAStoredAnswer() {
		ProviderAnswer answer = new ProviderAnswer("get_checkout_status_tracker", 200,
				"{\"destination\":\"6037991234567000\",\"other\":\"x6104337765432107y\"}");
		assertThat(answer.body()).isEqualTo("{\"destination\":\"603799******7000\",\"other\":\"x610433******2107y\"}");
	}

	@Test
	void leavesShebasTrackingNumbersAndNonCardsAlone() {
		String text = "IR820540102680020817909002 14050902000000100002 6037991234567001 100002";
		assertThat(CardNumbersInText.mask(text)).isEqualTo(text);
		assertThat(CardNumbersInText.mask(null)).isNull();
	}

}
