package ir.tasvieh.schedule;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import ir.tasvieh.run.WritableFolders;

/**
 * Turns the timers on with {@code tasvieh.scheduler.enabled=true} ({@code serve} does);
 * one-shot commands and tests leave them off, and tests call the tasks themselves. The
 * inbox's folders are checked then, so that one that cannot be written stops the start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tasvieh.scheduler.enabled")
@EnableScheduling
class SchedulerConfiguration {

	SchedulerConfiguration(InboxSettings inbox) {
		WritableFolders.require("tasvieh.inbox.dir", inbox.dir());
		WritableFolders.require("tasvieh.inbox.out-dir", inbox.outDir());
	}

}
