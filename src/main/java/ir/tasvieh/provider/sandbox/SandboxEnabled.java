package ir.tasvieh.provider.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The sandbox is served when {@code tasvieh.sandbox.enabled} is true, or when it is unset
 * and none of {@code tasvieh.nextpay.wid}, {@code tasvieh.nextpay.auth},
 * {@code tasvieh.vandar.access-token} and {@code tasvieh.vandar.refresh-token} is set
 * (SPEC 8).
 */
class SandboxEnabled extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		Boolean enabled = SandboxSwitch.explicitly(environment);
		if (enabled != null) {
			return enabled ? ConditionOutcome.match("tasvieh.sandbox.enabled is true")
					: ConditionOutcome.noMatch("tasvieh.sandbox.enabled is false");
		}
		String credential = SandboxSwitch.credentialIn(environment);
		return (credential != null) ? ConditionOutcome.noMatch(credential + " is set")
				: ConditionOutcome.match("no NextPay or Vandar credentials are set");
	}

}
