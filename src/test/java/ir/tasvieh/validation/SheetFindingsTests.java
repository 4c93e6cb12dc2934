package ir.tasvieh.validation;

import java.util.List;

import org.junit.jupiter.api.Test;
import ir.tasvieh.sheet.MessageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Sheet-wide findings and the text forms of a row's findings. */
class SheetFindingsTests {

	@Test
	void reportsADuplicateTrackerNamingTheOtherRow() {
		Finding finding = SheetFindings.trackerDuplicate("کد پیگیری", "INV-7", 12);
		assertThat(finding.code()).isEqualTo("TRACKER_DUPLICATE");
		assertThat(finding.isError()).isTrue();
		assertThat(finding.messageFa()).contains(MessageText.quote("کد پیگیری"), "INV-7", "ردیف ۱۲");
		assertThat(finding.messageEn()).contains("\"کد پیگیری\"", "INV-7", "row 12");
	}

	@Test
	void keepsTabsOutOfADuplicateTrackerMessage() {
		Finding finding = SheetFindings.trackerDuplicate("tracker\t", "a\nb", 3);
		assertThat(finding.messageFa()).doesNotContain("\t", "\n");
		assertThat(finding.messageEn()).doesNotContain("\t", "\n");
	}

	@Test
	void warnsOfADuplicatePayeeOrRejectsItByConfiguration() {
		Finding warning = SheetFindings.duplicatePayee(4, false);
		assertThat(warning.code()).isEqualTo("DUPLICATE_PAYEE");
		assertThat(warning.severity()).isEqualTo(Severity.WARNING);
		assertThat(warning.messageEn()).contains("row 4", "same destination and amount");
		assertThat(warning.messageFa()).contains("ردیف ۴");
		Finding error = SheetFindings.duplicatePayee(4, true);
		assertThat(error.severity()).isEqualTo(Severity.ERROR);
		assertThat(error.messageEn()).contains("row 4", "not paid");
	}

	@Test
	void roundTripsFindingsWithTrickyText() {
		List<Finding> findings = List.of(
				Finding.error("SHEBA_CHECKSUM", "ستون " + MessageText.quote("شبا") + ": رقم‌های کنترلی",
						"Column \"sheba\""),
				Finding.warning("SHEBA_BANK_MERGED", "tab\there\\t and \\n literal", "line\nbreak\r\nand \\ slash"),
				Finding.error("X", "", "ends with backslash \\"), Finding.error("Y", "\\N", "\\"),
				Finding.error("Z", "\t\n\r\\", "\u200F\u202E\uFEFF😀 ; / :"),
				new Finding("NULLS", Severity.WARNING, null, null));
		String encoded = SheetFindings.encode(findings);
		assertThat(encoded.split("\n", -1)).hasSize(findings.size());
		for (String line : encoded.split("\n", -1)) {
			assertThat(line.split("\t", -1)).hasSize(4);
		}
		assertThat(SheetFindings.decode(encoded)).isEqualTo(findings);
	}

	@Test
	void writesOneLinePerFindingWithSeverityFirst() {
		String encoded = SheetFindings.encode(
				List.of(Finding.error("NAME_MISSING", "فا", "en"), Finding.warning("DUPLICATE_PAYEE", "فا۲", "en2")));
		assertThat(encoded).isEqualTo("ERROR\tNAME_MISSING\tفا\ten\nWARNING\tDUPLICATE_PAYEE\tفا۲\ten2");
	}

	@Test
	void encodesNoFindingsAsEmptyText() {
		assertThat(SheetFindings.encode(List.of())).isEmpty();
		assertThat(SheetFindings.decode("")).isEmpty();
		assertThat(SheetFindings.decode(null)).isEmpty();
	}

	@Test
	void refusesTextThatIsNotEncodedFindings() {
		assertThatIllegalArgumentException().isThrownBy(() -> SheetFindings.decode("ERROR\tONLY_TWO"));
	}

	@Test
	void displaysFindingsForTheErrorsCell() {
		List<Finding> findings = List.of(Finding.error("NAME_MISSING", "نام خالی است.", "The name is empty."),
				SheetFindings.duplicatePayee(3, false));
		assertThat(SheetFindings.display(findings))
			.startsWith("NAME_MISSING: نام خالی است. / The name is empty.; DUPLICATE_PAYEE: ")
			.contains(" / The same destination and amount are in row 3");
		assertThat(SheetFindings.display(List.of())).isEmpty();
		assertThat(SheetFindings.display(List.of(Finding.error("X", "a\nb", "c\td")))).isEqualTo("X: a b / c d");
	}

	@Test
	void appendsAFindingToStoredFindingsKeepingTheEarlierOnes() {
		String stored = SheetFindings.encode(List.of(Finding.warning("SHEBA_BANK_MERGED", "ادغام", "merged")));

		List<Finding> findings = SheetFindings
			.decode(SheetFindings.append(stored, SheetFindings.trackerAlreadySent("emp-1001")));

		assertThat(findings).extracting(Finding::code).containsExactly("SHEBA_BANK_MERGED", "TRACKER_ALREADY_USED");
		assertThat(findings.get(1).isError()).isTrue();
		assertThat(findings.get(1).messageEn()).contains("emp-1001");
		assertThat(SheetFindings.decode(SheetFindings.append(null, findings.get(0)))).containsExactly(findings.get(0));
	}

	@Test
	void namesTheEarlierRunInTheFindingsAgainstEarlierRuns() {
		Finding paid = SheetFindings.alreadyPaid(5, "emp-1001-r1");
		assertThat(paid.isError()).isFalse();
		assertThat(paid.code()).isEqualTo("ALREADY_PAID");
		assertThat(paid.messageEn()).contains("run 5", "\"emp-1001-r1\"", "not sent again");
		assertThat(paid.messageFa()).contains("اجرای شماره ۵", MessageText.quote("emp-1001-r1"));

		Finding clash = SheetFindings.trackerAlreadyUsed("کد پیگیری", "emp-1001", 7);
		assertThat(clash.isError()).isTrue();
		assertThat(clash.code()).isEqualTo("TRACKER_ALREADY_USED");
		assertThat(clash.messageEn()).contains("\"کد پیگیری\"", "run 7", "another destination or of another amount");

		Finding retry = SheetFindings.retry(2, "emp-1001-r2", 9, "REVERSED");
		assertThat(retry.isError()).isFalse();
		assertThat(retry.messageEn())
			.isEqualTo("Retry 2, sent under tracker \"emp-1001-r2\"; the earlier payout in run 9 ended REVERSED.");
		assertThat(retry.messageFa()).contains("تکرار ۲", "برگشت خورده");
	}

	@Test
	void keepsOnlyTheLatestVerdictAgainstEarlierRuns() {
		String stored = SheetFindings.encode(List.of(Finding.warning("SHEBA_BANK_MERGED", "ادغام", "merged"),
				SheetFindings.retry(1, "t-r1", 3, "FAILED")));

		List<Finding> findings = SheetFindings
			.decode(SheetFindings.againstEarlierRuns(stored, SheetFindings.alreadyPaid(4, "t-r1")));

		assertThat(findings).extracting(Finding::code).containsExactly("SHEBA_BANK_MERGED", "ALREADY_PAID");
	}

}
