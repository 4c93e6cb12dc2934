package ir.tasvieh.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RunActionRefusedTests {

	@Test
	void namesAnUnknownRunInPersianDigitsInPersianAndInLatinDigitsInEnglish() {
		RunActionRefused refused = RunActionRefused.notFound(1405);
		assertThat(refused.messageFa()).contains("۱۴۰۵").doesNotContainPattern("[0-9]");
		assertThat(refused.messageEn()).contains("1405");
	}

	@Test
	void isolatesTheOutcomesToChooseFromInThePersianRefusal() {
		RunActionRefused refused = catchThrowableOfType(RunActionRefused.class,
				() -> new DecisionRequest(List.of(3), null, null, "panel shows nothing").checked(12));
		assertThat(refused.messageFa())
			.isEqualTo("نتیجه را برگزینید: \u2068PAID\u2069، \u2068FAILED\u2069 یا \u2068NOT_RECEIVED\u2069.");
		assertThat(refused.messageEn()).isEqualTo("Give the outcome: PAID, FAILED or NOT_RECEIVED.");
	}

}
