package ir.tasvieh.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import ir.tasvieh.run.RunRequest;

/**
 * {@code tasvieh.web.*}: where the result workbooks of web and API runs go, and how
 * sign-in failures are limited (after {@code sign-in-attempts} misses in a row a username
 * is locked for {@code sign-in-lock}); whether the passwords generated for a start
 * without configured users are printed ({@code show-generated-passwords}: {@code serve}
 * turns it on, one-shot commands leave it off, as nobody signs in to them).
 *
 * @param outDir where the result workbooks of runs handed in on the web or the API go
 * @param signInAttempts how many failed sign-ins in a row lock a username
 * @param signInLock how long a username stays locked after too many failed sign-ins
 * @param showGeneratedPasswords whether the passwords generated for a start without
 * configured users are printed when it starts ({@code serve} turns it on)
 * @param baseUrl the address people reach the web app at, such as
 * {@code https://tasvieh.example.ir}, for the links in mail; without it mail carries no
 * links
 */
@ConfigurationProperties("tasvieh.web")
record WebSettings(Path outDir, Integer signInAttempts, Duration signInLock, Boolean showGeneratedPasswords,
		URI baseUrl) {

	WebSettings {
		outDir = (outDir != null) ? outDir : Path.of(RunRequest.DEFAULT_OUT_DIR);
		signInAttempts = (signInAttempts != null) ? signInAttempts : 5;
		signInLock = (signInLock != null) ? signInLock : Duration.ofMinutes(5);
		showGeneratedPasswords = (showGeneratedPasswords != null) ? showGeneratedPasswords : false;
		if (signInAttempts < 1) {
			throw new IllegalArgumentException("tasvieh.web.sign-in-attempts must be at least 1");
		}
	}

}
