package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The blank templates and the JSON 404 of an unknown API path, in a web slice: what they
 * render needs no database, no run and no provider. Who may reach them is tested with the
 * application's own security (PagesIntegrationTests, RunsApiIntegrationTests).
 */
@WebMvcTest({ TemplateDownloads.class, ApiFallbackController.class })
@WithMockUser(roles = "FINANCE")
class TemplateDownloadsTests {

	@Autowired
	MockMvc mvc;

	// The page and API error advice ask it for the upload limit.
	@MockitoBean
	UploadedSheets uploads;

	@Test
	void downloadsTheBlankTemplatesInPersianAndEnglish() throws Exception {
		MvcResult xlsx = this.mvc.perform(get("/templates/fa/xlsx")).andExpect(status().isOk()).andReturn();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition")).contains("payout-template.fa.xlsx");
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K');
		MvcResult csv = this.mvc.perform(get("/templates/en/csv")).andExpect(status().isOk()).andReturn();
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("name", "sheba", "amount");
		this.mvc.perform(get("/templates/de/xlsx")).andExpect(status().isNotFound());
		this.mvc.perform(get("/templates/fa/pdf")).andExpect(status().isNotFound());
	}

	@Test
	void answersAnUnknownApiPathWithAJsonNotFound() throws Exception {
		this.mvc.perform(get("/api/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("GET /api/nothing-here")));
	}

}
