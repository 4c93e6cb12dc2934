package ir.tasvieh.provider.sandbox.vandar;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VandarBatchRequestTests {

	@Test
	void cutsTheItemsOutOfTheBodyByteForByte() {
		String items = "[ {\"track_id\" : \"a]\\\"[\", \"amount\":50000} ,\n {\"x\":[1,{\"y\":\"\u00e9\"}]} ]";
		String body = "{\"batch_id\":\"h\", \"batches_settlement\" :  " + items + " , \"z\":1}";

		byte[] raw = VandarBatchRequest.rawValue(body.getBytes(StandardCharsets.UTF_8), "batches_settlement");

		assertThat(new String(raw, StandardCharsets.UTF_8)).isEqualTo(items);
	}

	@Test
	void hashesWithSha512InLowercaseHex() {
		assertThat(VandarBatchRequest.sha512Hex("abc")).startsWith("ddaf35a193617aba").hasSize(128);
	}

	@Test
	void checksTheIbanMod97() {
		assertThat(VandarBatchRequest.isIban("IR820540102680020817909002")).isTrue();
		assertThat(VandarBatchRequest.isIban(VandarClient.iban(42))).isTrue();
		assertThat(VandarBatchRequest.isIban("IR830540102680020817909002")).isFalse();
		assertThat(VandarBatchRequest.isIban("820540102680020817909002")).isFalse();
		assertThat(VandarBatchRequest.isIban("IR82054010268002081790900")).isFalse();
	}

	@Test
	void refusesABodyThatIsNotJson() {
		VandarBatchRequest.Checked checked = VandarBatchRequest.check("not json".getBytes(StandardCharsets.UTF_8));

		assertThat(checked.request()).isNull();
		assertThat(checked.errors()).containsOnlyKeys("batch_id", "batches_settlement");
	}

}
