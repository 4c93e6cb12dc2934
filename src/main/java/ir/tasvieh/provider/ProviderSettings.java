package ir.tasvieh.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.provider} (the default provider) and the NextPay mode that decides what
 * it can pay.
 *
 * @param provider the provider a sheet is paid through when none is named:
 * {@code nextpay} or {@code vandar}
 * @param nextpay NextPay's mode, read here for what NextPay can pay (the client reads it
 * too, for which operation it calls)
 */
@ConfigurationProperties("tasvieh")
record ProviderSettings(ProviderName provider, NextPay nextpay) {

	ProviderSettings {
		provider = (provider != null) ? provider : ProviderName.NEXTPAY;
		nextpay = (nextpay != null) ? nextpay : new NextPay(null);
	}

	/**
	 * NextPay's part of what a provider can pay.
	 *
	 * @param mode the checkout operation that pays: {@code checkout} (SHEBA, fee from the
	 * amount), {@code checkout_withoutfee} (SHEBA, fee from the balance) or
	 * {@code checkout_on_time} (card or SHEBA, at once)
	 */
	record NextPay(NextPayMode mode) {

		NextPay {
			mode = (mode != null) ? mode : NextPayMode.checkout_withoutfee;
		}

	}

}
