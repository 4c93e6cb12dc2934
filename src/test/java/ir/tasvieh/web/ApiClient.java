package ir.tasvieh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script using the JSON API over real HTTP with HTTP Basic, as SPEC 9.4 describes it:
 * answers are read whatever their status.
 */
final class ApiClient {

	private final RestClient http;

	ApiClient(int port, String username, String password) {
		this.http = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders((headers) -> headers.setBasicAuth(username, password))
			.build();
	}

	Answer upload(String fileName, byte[] content) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return fileName;
			}

		});
		return this.http.post()
			.uri("/api/runs")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(), body(response.getBody())));
	}

	/** Uploads a sheet that is answered before it is validated, and returns its run. */
	long uploadedWhileValidating(byte[] sheet) {
		Answer answer = upload("payouts.csv", sheet);
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		assertThat(answer.body()).contains("\"status\":\"VALIDATING\"");
		return ((Number) JsonPath.read(answer.body(), "$.id")).longValue();
	}

	Answer get(String path) {
		return this.http.get()
			.uri(path)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(), body(response.getBody())));
	}

	/** The run's JSON. */
	String run(long id) {
		Answer answer = get("/api/runs/" + id);
		assertThat(answer.status()).isEqualTo(200);
		return answer.body();
	}

	private static String body(java.io.InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	record Answer(int status, String body) {

	}

}
