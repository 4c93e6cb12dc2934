package ir.tasvieh;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

import ir.tasvieh.cli.CommandLineStart;

/**
 * tasvieh: payout sheets validated, paid and reported. The features and the way their
 * dependencies point are described in docs/architecture/README.md; {@code database},
 * {@code calendar} and {@code network} are shared by all of them.
 */
@SpringBootApplication
@Modulithic(sharedModules = { "database", "calendar", "network" })
public class TasviehApplication {

	public static void main(String[] args) {
		CommandLineStart.start(TasviehApplication.class, args);
	}

}
