package ir.tasvieh.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tasvieh.upload.max-size} over real HTTP: the servlet container cuts an oversized
 * upload off and the API answers 413 in JSON; a sheet within the limit goes through.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.upload.max-size=4KB", "tasvieh.upload.dir=target/upload-limit-tests/uploads",
				"tasvieh.web.out-dir=target/upload-limit-tests/output" })
@WebTestUsers
class UploadLimitIntegrationTests {

	private static final String BOUNDARY = "----tasvieh-test-boundary";

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void answers413ToASheetOverTheLimit() throws Exception {
		StringBuilder csv = new StringBuilder("name,sheba,amount\n");
		while (csv.length() < 10_000) {
			csv.append("Payee ").append(csv.length()).append(",IR820540102680020817909002,1000000\n");
		}

		HttpResponse<String> response = upload("big.csv", csv.toString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"error\":\"TOO_LARGE\"").contains("4KB");
	}

	@Test
	void takesASheetWithinTheLimit() throws Exception {
		HttpResponse<String> response = upload("small.csv",
				"name,sheba,amount\nAli Rezaei,IR820540102680020817909002,1500000\n");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/api/runs/"));
		assertThat(response.body()).contains("\"status\":\"VALIDATED\"").contains("\"file\":\"small.csv\"");
	}

	private HttpResponse<String> upload(String name, String content) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/runs"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("fatemeh:fatemeh-pw".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
