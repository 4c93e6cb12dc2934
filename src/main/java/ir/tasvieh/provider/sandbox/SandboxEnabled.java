package ir.tasvieh.provider.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The sandbox is served when {@code tasvieh.sandbox.enabled} is true, or when it is unset
 * and none of {@code tasvieh.nextpay.wid}, {@code tasvieh.nextpay.auth},
 * {@code tasvieh.vandar.access-token} and {@code tasvieh.vandar.refresh-token} is set
 * (SPEC 8).
 */
class SandboxEnabled extends SpringBootCondition {

	private static final String[] CREDENTIALS = { "tasvieh.nextpay.wid", "tasvieh.nextpay.auth",
			"tasvieh.vandar.access-token", "tasvieh.vandar.refresh-token" };

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String enabled = environment.getProperty("tasvieh.sandbox.enabled");
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled.trim()) ? ConditionOutcome.match("tasvieh.sandbox.enabled is true")
					: ConditionOutcome.noMatch("tasvieh.sandbox.enabled is false");
		}
		for (String credential : CREDENTIALS) {
			if (StringUtils.hasText(environment.getProperty(credential))) {
				return ConditionOutcome.noMatch(credential + " is set");
			}
		}
		return ConditionOutcome.match("no NextPay or Vandar credentials are set");
	}

}
