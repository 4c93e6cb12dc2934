package ir.tasvieh.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.provider}: the default provider. What NextPay can pay follows from
 * {@code tasvieh.nextpay.mode}, which NextPay's own settings bind. Public for the
 * providers' own configurations, which refuse to start without the credentials of the
 * default provider.
 *
 * @param provider the provider a sheet is paid through when none is named:
 * {@code nextpay} or {@code vandar}
 */
@ConfigurationProperties("tasvieh")
public record ProviderSettings(ProviderName provider) {

	public ProviderSettings {
		provider = (provider != null) ? provider : ProviderName.NEXTPAY;
	}

}
