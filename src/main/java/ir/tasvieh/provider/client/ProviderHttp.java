package ir.tasvieh.provider.client;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client both providers are called with. The JDK client never resends a POST on
 * its own (HttpURLConnection may, after a reset): a payout or a batch is sent at most
 * once per call. HTTP/1.1, no redirects followed.
 */
public final class ProviderHttp {

	private ProviderHttp() {
	}

	public static RestClient restClient(Duration connectTimeout, Duration readTimeout) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		return RestClient.builder().requestFactory(requests).build();
	}

}
