package ir.tasvieh.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunAlreadyExists;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.SheetRejected;

/**
 * Finance's upload: the form, and handing the sheet to {@code Runs} to be validated and
 * left for a manager. A file that is refused comes back to the form with what is wrong
 * with it; a sheet that is taken goes to its run page.
 */
@Controller
@PreAuthorize("hasRole('FINANCE')")
class UploadPage {

	private static final Log logger = LogFactory.getLog(UploadPage.class);

	private final Runs runs;

	private final UploadedSheets uploads;

	UploadPage(Runs runs, UploadedSheets uploads) {
		this.runs = runs;
		this.uploads = uploads;
	}

	@GetMapping("/runs/new")
	String form(Model model) {
		return form(model, this.runs.defaultProvider().id(), false, false);
	}

	@PostMapping("/runs")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String provider,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "false") boolean force,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		ProviderName chosen = provider(provider);
		if (chosen == null) {
			return refused(model, response, HttpStatus.BAD_REQUEST, Notice.error("upload.error.provider"), provider,
					dryRun, force);
		}
		Path stored;
		try {
			stored = this.uploads.store(file);
		}
		catch (UploadRefused refused) {
			return refused(model, response, HttpStatus.BAD_REQUEST,
					Notice.error(refused.code(), refused.messageFa(), refused.messageEn()), chosen.id(), dryRun, force);
		}
		String fileName = UploadedSheets.originalName(file);
		RunRequest sheet = new RunRequest(stored, fileName, chosen, dryRun, force, this.uploads.resultDir(stored),
				authentication.getName(), null);
		RunResult result = this.runs.upload(sheet, new Actor(authentication.getName(), request.getRemoteAddr()));
		if (result.rejected()) {
			forget(stored);
			SheetRejected rejection = result.rejection();
			if (rejection instanceof RunAlreadyExists earlier) {
				// Before anything else: which run has this content, with a link to it.
				model.addAttribute("earlierRun", earlier.runId());
				SheetRejected shown = earlier.followedBy(
						"برای اجرای دوباره، گزینهٔ «اجرای دوباره» را بزنید و فایل را دوباره بفرستید.",
						"To run it again, tick \u201cRun it again\u201d and send the file again.");
				return refused(model, response, HttpStatus.CONFLICT,
						Notice.error(rejection.reason(), shown.messageFa(), shown.messageEn()), chosen.id(), dryRun,
						force);
			}
			return refused(model, response, HttpStatus.UNPROCESSABLE_ENTITY,
					Notice.error(rejection.reason(), rejection.messageFa(), rejection.messageEn()), chosen.id(), dryRun,
					force);
		}
		redirect.addFlashAttribute("notice", notice(result));
		return "redirect:/runs/" + result.runId();
	}

	/** A sheet still waiting for its turn, or still being validated, is not done yet. */
	private static Notice notice(RunResult result) {
		if (result.failed()) {
			return Notice.error("upload.failed");
		}
		return (result.status() == RunStatus.VALIDATING) ? Notice.ok("upload.queued") : Notice.ok("upload.done");
	}

	private String form(Model model, String provider, boolean dryRun, boolean force) {
		model.addAttribute("providers", Arrays.stream(ProviderName.values()).map(ProviderName::id).toList());
		model.addAttribute("provider", provider);
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("force", force);
		model.addAttribute("maxSize", this.uploads.maxSizeText());
		return "upload";
	}

	private String refused(Model model, HttpServletResponse response, HttpStatus status, Notice notice, String provider,
			boolean dryRun, boolean force) {
		response.setStatus(status.value());
		model.addAttribute("notice", notice);
		return form(model, provider, dryRun, force);
	}

	private ProviderName provider(String id) {
		if (id.isBlank()) {
			return this.runs.defaultProvider();
		}
		try {
			return ProviderName.of(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A rejected sheet has no run, so nothing needs the stored copy. */
	private static void forget(Path stored) {
		try {
			Files.deleteIfExists(stored);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the rejected upload " + stored + ": " + ex.getMessage());
		}
	}

}
