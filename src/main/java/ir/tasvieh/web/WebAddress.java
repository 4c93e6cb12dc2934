package ir.tasvieh.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ir.tasvieh.mail.RunLinks;

/**
 * Where the web app is reached ({@code tasvieh.web.base-url}), handed to mail for its
 * links to a run's page and workbook, so that the key has one home: the web's settings.
 */
@Configuration(proxyBeanMethods = false)
class WebAddress {

	@Bean
	RunLinks runLinks(WebSettings settings) {
		return new RunLinks(settings.baseUrl());
	}

}
