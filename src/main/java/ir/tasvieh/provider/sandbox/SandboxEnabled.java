package ir.tasvieh.provider.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The sandbox is served when {@code tasvieh.sandbox.enabled} is true, or when it is unset
 * and neither {@code tasvieh.nextpay.wid} nor {@code tasvieh.nextpay.auth} is set (SPEC
 * 8).
 */
class SandboxEnabled extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String enabled = environment.getProperty("tasvieh.sandbox.enabled");
		if (StringUtils.hasText(enabled)) {
			return Boolean.parseBoolean(enabled.trim()) ? ConditionOutcome.match("tasvieh.sandbox.enabled is true")
					: ConditionOutcome.noMatch("tasvieh.sandbox.enabled is false");
		}
		boolean credentials = StringUtils.hasText(environment.getProperty("tasvieh.nextpay.wid"))
				|| StringUtils.hasText(environment.getProperty("tasvieh.nextpay.auth"));
		return credentials ? ConditionOutcome.noMatch("NextPay credentials are set")
				: ConditionOutcome.match("no NextPay credentials are set");
	}

}
