package ir.tasvieh.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns the timers on with {@code tasvieh.scheduler.enabled=true} ({@code serve} does);
 * one-shot commands and tests leave them off, and tests call the tasks themselves.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tasvieh.scheduler.enabled")
@EnableScheduling
class SchedulerConfiguration {

}
