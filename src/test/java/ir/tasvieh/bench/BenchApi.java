package ir.tasvieh.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API of a {@code serve} process as a script uses it: HTTP Basic, {@code POST
 * /api/runs} with a multipart {@code file}, approve, read a run.
 */
final class BenchApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Long enough for an upload that is validated before it is answered. */
	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final String password;

	BenchApi(String base, String password) {
		this.base = base;
		this.password = password;
	}

	/** Whether the API answers the user at all (200 to the list of runs). */
	boolean answers(String user) {
		try {
			return get(user, "/api/runs?limit=1", Duration.ofSeconds(5)).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Uploads a sheet for NextPay. */
	Answer upload(String user, Path sheet) throws IOException, InterruptedException {
		String boundary = "bench" + UUID.randomUUID().toString().replace("-", "");
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"provider\"\r\n\r\nnextpay\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + sheet.getFileName()
				+ "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		HttpRequest request = request(user, "/api/runs", TIMEOUT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(sheet), HttpRequest.BodyPublishers.ofString(tail)))
			.build();
		return answer(this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	Answer approve(String user, long runId) throws IOException, InterruptedException {
		HttpRequest request = request(user, "/api/runs/" + runId + "/approve", TIMEOUT)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		return answer(this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
	}

	Answer run(String user, long runId) throws IOException, InterruptedException {
		return answer(get(user, "/api/runs/" + runId, TIMEOUT));
	}

	/** A GET whose body is read and dropped: for timing. */
	HttpResponse<String> get(String user, String path, Duration timeout) throws IOException, InterruptedException {
		return this.http.send(request(user, path, timeout).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The sandbox's knobs ({@code GET /sandbox/control}), which need no sign-in. */
	Map<String, Object> sandboxControl() throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + "/sandbox/control")).timeout(TIMEOUT).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			return Map.of();
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> knobs = JSON.readValue(response.body(), Map.class);
		return knobs;
	}

	private HttpRequest.Builder request(String user, String path, Duration timeout) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(timeout)
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
	}

	private static Answer answer(HttpResponse<String> response) {
		JsonNode body = null;
		try {
			body = JSON.readTree(response.body());
		}
		catch (RuntimeException ex) {
			// not JSON: the status says enough
		}
		return new Answer(response.statusCode(), body, response.body());
	}

	/** An API answer: its status, its JSON body (or {@code null}) and the raw text. */
	record Answer(int status, JsonNode body, String text) {

		long id() {
			return this.body.path("id").asLong();
		}

		String runStatus() {
			return (this.body != null) ? this.body.path("status").asString("") : "";
		}

		/** The run's rows in the given row statuses. */
		long count(List<String> statuses) {
			long count = 0;
			for (String status : statuses) {
				count += (this.body != null) ? this.body.path("counts").path(status).asLong(0) : 0;
			}
			return count;
		}

	}

	static String describe(Answer answer) {
		if (answer.body() != null && answer.body().has("status")) {
			return answer.runStatus() + ": " + answer.body().path("message").asString("");
		}
		String text = (answer.text() != null) ? answer.text() : "";
		return answer.status() + " " + ((text.length() > 300) ? text.substring(0, 300) + "…" : text);
	}

}
