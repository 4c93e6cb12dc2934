package ir.tasvieh.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTests {

	private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/lang");

	LanguageSwitchTests() {
		this.request.setServerName("tasvieh.example");
		this.request.setServerPort(8080);
	}

	@Test
	void goesBackToThePathAndQueryOfAPageOnThisSite() {
		assertThat(LanguageSwitch.backTo("http://tasvieh.example:8080/runs/7?status=INVALID&page=2", this.request))
			.isEqualTo("/runs/7?status=INVALID&page=2");
		assertThat(LanguageSwitch.backTo("http://TASVIEH.example:8080/login?logout", this.request))
			.isEqualTo("/login?logout");
	}

	@Test
	void goesToTheRunsForAnotherSiteOrPort() {
		assertThat(LanguageSwitch.backTo("https://evil.example/runs", this.request)).isEqualTo("/runs");
		assertThat(LanguageSwitch.backTo("http://tasvieh.example:9090/runs/7", this.request)).isEqualTo("/runs");
		assertThat(LanguageSwitch.backTo("http://tasvieh.example/runs/7", this.request)).isEqualTo("/runs");
	}

	@Test
	void goesToTheRunsForNoRefererOrOneThatCouldLeaveTheSite() {
		assertThat(LanguageSwitch.backTo(null, this.request)).isEqualTo("/runs");
		assertThat(LanguageSwitch.backTo("", this.request)).isEqualTo("/runs");
		assertThat(LanguageSwitch.backTo("http://tasvieh.example:8080//evil.example/x", this.request))
			.isEqualTo("/runs");
		assertThat(LanguageSwitch.backTo("not a uri at all", this.request)).isEqualTo("/runs");
		assertThat(LanguageSwitch.backTo("http://tasvieh.example:8080/lang?l=en", this.request)).isEqualTo("/runs");
	}

	@Test
	void choosesPersianForAnythingButEnglish() {
		assertThat(PageLocales.supported("en")).isEqualTo(PageLocales.ENGLISH);
		assertThat(PageLocales.supported("EN")).isEqualTo(PageLocales.ENGLISH);
		assertThat(PageLocales.supported("fa")).isEqualTo(PageLocales.PERSIAN);
		assertThat(PageLocales.supported("de")).isEqualTo(PageLocales.PERSIAN);
	}

}
