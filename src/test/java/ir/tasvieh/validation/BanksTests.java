package ir.tasvieh.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped bank tables of {@code resources/banks}. */
class BanksTests {

	private final Banks banks = Banks.standard();

	@Test
	void loadsEveryRowOfBothTables() {
		assertThat(this.banks.shebaCodeCount()).isEqualTo(38);
		assertThat(this.banks.binCount()).isEqualTo(52);
	}

	@Test
	void namesABankInPersianThenEnglish() {
		Bank mellat = this.banks.byShebaCode("012");
		assertThat(mellat.display()).isEqualTo("بانک ملت (Bank Mellat)");
		assertThat(mellat.active()).isTrue();
		assertThat(mellat.merged()).isFalse();
		assertThat(this.banks.byBin("603770").display()).isEqualTo("بانک کشاورزی (Bank Keshavarzi)");
	}

	@Test
	void derivesTheSuccessorOfAMergedBankFromItsName() {
		Bank ansar = this.banks.byShebaCode("063");
		assertThat(ansar.active()).isFalse();
		assertThat(ansar.successorEn()).isEqualTo("Bank Sepah");
		assertThat(ansar.successorFa()).isEqualTo("بانک سپه");
		assertThat(ansar.shortNameEn()).isEqualTo("Ansar Bank");
		assertThat(ansar.shortNameFa()).isEqualTo("بانک انصار");
		assertThat(this.banks.byShebaCode("062").successorEn()).isEqualTo("Bank Melli Iran");
		assertThat(this.banks.byBin("636214").successorEn()).isEqualTo("Bank Melli Iran");
	}

	@Test
	void knowsNoBankForUnlistedCodes() {
		assertThat(this.banks.byShebaCode("099")).isNull();
		assertThat(this.banks.byShebaCode("296")).isNull();
		assertThat(this.banks.byBin("411111")).isNull();
		assertThat(this.banks.byBin("603769").nameEn()).contains("Saderat");
	}

}
