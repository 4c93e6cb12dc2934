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
		return provider(provider).capabilities();
	}

}
