package ir.tasvieh.schedule;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import ir.tasvieh.mail.Mail;
import ir.tasvieh.run.WritableFolders;

/**
 * Turns the timers on with {@code tasvieh.scheduler.enabled=true} ({@code serve} does);
 * one-shot commands and tests leave them off, and tests call the tasks themselves. The
 * timers are read from the settings records, which keep their defaults. The inbox's
 * folders are checked then, so that one that cannot be written stops the start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tasvieh.scheduler.enabled")
@EnableScheduling
class SchedulerConfiguration implements SchedulingConfigurer {

	private final ScheduledTasks tasks;

	private final InboxSettings inbox;

	private final RefreshSettings refresh;

	private final Mail mail;

	SchedulerConfiguration(ScheduledTasks tasks, InboxSettings inbox, RefreshSettings refresh, Mail mail) {
		WritableFolders.require("tasvieh.inbox.dir", inbox.dir());
		WritableFolders.require("tasvieh.inbox.out-dir", inbox.outDir());
		this.tasks = tasks;
		this.inbox = inbox;
		this.refresh = refresh;
		this.mail = mail;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		// Through the bean, so that its @SchedulerLock applies.
		registrar.addCronTask(this.tasks::pollInbox, this.inbox.cron());
		registrar.addCronTask(this.tasks::refresh, this.refresh.cron());
		registrar.addFixedDelayTask(
				new FixedDelayTask(this.tasks::deliverMail, this.mail.sendInterval(), Duration.ofSeconds(1)));
	}

}
