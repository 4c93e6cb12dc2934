package ir.tasvieh.cli;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

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
