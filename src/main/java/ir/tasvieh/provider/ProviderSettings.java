package ir.tasvieh.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.provider} (the default provider) and the NextPay mode that decides what
 * it can pay.
 */
@ConfigurationProperties("tasvieh")
record ProviderSettings(ProviderName provider, NextPay nextpay) {

	ProviderSettings {
		provider = (provider != null) ? provider : ProviderName.NEXTPAY;
		nextpay = (nextpay != null) ? nextpay : new NextPay(null);
	}

	record NextPay(NextPayMode mode) {

		NextPay {
			mode = (mode != null) ? mode : NextPayMode.checkout_withoutfee;
		}

	}

}
