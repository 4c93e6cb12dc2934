package ir.tasvieh.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ir.tasvieh.mail.RunLinks;

/**
 * Where the web app is reached ({@code tasvieh.web.base-url}), handed to mail for its
 * links to a run's page and workbook, so that the key has one home: the web's settings.
 * The web's settings are bound here, not with its security: a command without a web
 * server (validate) still writes mail links, and makes no security.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ UserSettings.class, WebSettings.class })
class WebAddress {

	@Bean
	RunLinks runLinks(WebSettings settings) {
		return new RunLinks(settings.baseUrl());
	}

}
