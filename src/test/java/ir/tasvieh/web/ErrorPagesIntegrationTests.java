package ir.tasvieh.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error pages a person meets, over real HTTP (the servlet container renders them, so
 * MockMvc cannot): worded in the person's language, never a stack trace, and an upload
 * over the size limit answered with a page that names the limit.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tasvieh.upload.max-size=8KB" })
@WebTestUsers
class ErrorPagesIntegrationTests {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws Exception {
		Path dir = Files.createTempDirectory("tasvieh-errors");
		registry.add("tasvieh.upload.dir", () -> dir.resolve("uploads").toString());
		registry.add("tasvieh.web.out-dir", () -> dir.resolve("output").toString());
	}

	@Test
	void tellsAManagerInPersianThatUploadingIsForFinance() throws Exception {
		HttpResponse<String> page = new SignedInClient(this.port).signIn("manager", "manager-pw").get("/runs/new");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("dir=\"rtl\"", "خطای ۴۰۳", "اجازهٔ این کار را ندارید", "id=\"sign-out\"");
		assertNoInternals(page.body());
	}

	@Test
	void saysInEnglishThatARunDoesNotExist() throws Exception {
		HttpResponse<String> page = new SignedInClient(this.port).language("en")
			.signIn("finance", "finance-pw")
			.get("/runs/424242");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("dir=\"ltr\"", "Error 404", "There is no such page or run.");
		assertNoInternals(page.body());
	}

	@Test
	void answersAnUploadOverTheSizeLimitWithAPageThatNamesTheLimit() throws Exception {
		SignedInClient finance = new SignedInClient(this.port).signIn("finance", "finance-pw");
		HttpResponse<String> page = finance.upload("big.csv", new byte[20 * 1024]);
		assertThat(page.statusCode()).isEqualTo(413);
		// The Persian page writes the limit in Persian digits, isolated inside its
		// sentence.
		assertThat(page.body()).contains("id=\"error-message\"", "TOO_LARGE", "\u2068۸KB\u2069", "id=\"upload-again\"");
		assertNoInternals(page.body());
		assertThat(finance.language("en").upload("big.csv", new byte[20 * 1024]).body())
			.contains("The file is larger than the limit of 8KB");
	}

	@Test
	void takesAnUploadWithinTheLimitThroughTheSameForm() throws Exception {
		byte[] sheet = PagesIntegrationTests.csvSheet().getBytes();
		HttpResponse<String> taken = new SignedInClient(this.port).signIn("finance", "finance-pw")
			.upload("payouts.csv", sheet);
		assertThat(taken.statusCode()).isEqualTo(302);
		assertThat(taken.headers().firstValue("Location").orElse("")).containsPattern("/runs/\\d+$");
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "at ir.tasvieh", "at org.springframework", "Whitelabel");
	}

}
