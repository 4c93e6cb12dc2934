package ir.tasvieh.provider;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Chooses a provider and tells what it can pay.
 */
@Component
@EnableConfigurationProperties(ProviderSettings.class)
public class Providers {

	/** Vandar batch settlement's per-item limits in rials (providers.md, decisions). */
	static final long VANDAR_MIN_IRR = 50_000L;

	static final long VANDAR_MAX_IRR = 500_000_000L;

	private final ProviderSettings settings;

	private final List<PayoutProvider> providers;

	Providers(ProviderSettings settings, List<PayoutProvider> providers) {
		this.settings = settings;
		this.providers = providers;
	}

	/**
	 * The provider to pay through.
	 * @throws IllegalArgumentException when this build cannot pay through it (a
	 * configuration error)
	 */
	public PayoutProvider provider(ProviderName name) {
		return this.providers.stream()
			.filter((provider) -> provider.name() == name)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Paying through " + name.id() + " is not available yet"));
	}

	/** {@code tasvieh.provider}. */
	public ProviderName defaultProvider() {
		return this.settings.provider();
	}

	public ProviderCapabilities capabilities(ProviderName provider) {
		if (provider == ProviderName.VANDAR) {
			return new ProviderCapabilities(provider, "Vandar batch settlement", false, VANDAR_MIN_IRR, VANDAR_MAX_IRR);
		}
		NextPayMode mode = this.settings.nextpay().mode();
		// NextPay publishes no per-payout range; its own "amount below minimum" answer
		// decides.
		return new ProviderCapabilities(provider, "NextPay " + mode.name(), mode.paysCards(), 1, Long.MAX_VALUE);
	}

}
