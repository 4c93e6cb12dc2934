package ir.tasvieh;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TasviehApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(TasviehApplication.class);
		if (isOneShotCommand(args)) {
			// A command run from the terminal serves only its own built-in sandbox: on a
			// free
			// loopback port, so it never clashes with a running `serve` or another
			// command.
			application.setDefaultProperties(Map.of("server.port", "0", "server.address", "127.0.0.1"));
		}
		System.exit(SpringApplication.exit(application.run(args)));
	}

	static boolean isOneShotCommand(String[] args) {
		return Arrays.stream(args)
			.filter((arg) -> !arg.startsWith("-"))
			.findFirst()
			.filter((command) -> !command.equals("serve"))
			.isPresent();
	}

}
