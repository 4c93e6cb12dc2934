package ir.tasvieh.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.mock.env.MockEnvironment;

import ir.tasvieh.run.Runs;

import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** {@code serve} is what runs when no command is given (SPEC 2). */
@SpringBootTest
class ServeCommandTests {

	@Autowired
	ApplicationContext context;

	private final ServeCommand serve = mock(ServeCommand.class);

	@Test
	void servesWhenNoCommandIsGiven() throws Exception {
		given(this.serve.call()).willReturn(ExitCodes.OK);

		assertThat(commandLine().execute()).isEqualTo(ExitCodes.OK);
		verify(this.serve).call();
	}

	@Test
	void servesWhenAskedByName() throws Exception {
		given(this.serve.call()).willReturn(ExitCodes.OK);

		assertThat(commandLine().execute("serve")).isEqualTo(ExitCodes.OK);
		verify(this.serve).call();
	}

	@Test
	void doesNotServeForHelpOrAnotherCommand() throws Exception {
		assertThat(commandLine().execute("--help")).isEqualTo(ExitCodes.OK);
		assertThat(commandLine().execute("no-such-command")).isEqualTo(ExitCodes.USAGE);
		verify(this.serve, never()).call();
	}

	@Test
	void resumesInterruptedRunsPrintsWhereItServesAndReturnsWhenTheContextCloses() throws Exception {
		Runs runs = mock(Runs.class);
		ConfigurableApplicationContext serving = mock(ConfigurableApplicationContext.class);
		MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "18080");
		ProgressPrinter progress = new ProgressPrinter();
		ServeCommand command = new ServeCommand(runs, environment, serving, progress);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		command.onApplicationEvent(new ContextClosedEvent(serving));

		int exitCode = command.serve(new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(exitCode).isEqualTo(ExitCodes.OK);
		verify(runs).resumeInterrupted();
		verify(serving).close();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("http://localhost:18080/");
	}

	private CommandLine commandLine() {
		CommandLine.IFactory factory = new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				if (type == ServeCommand.class) {
					return type.cast(ServeCommandTests.this.serve);
				}
				K bean = ServeCommandTests.this.context.getBeanProvider(type).getIfAvailable();
				return (bean != null) ? bean : CommandLine.defaultFactory().create(type);
			}
		};
		return new CommandLine(new TasviehCommand(this.serve), factory);
	}

}
