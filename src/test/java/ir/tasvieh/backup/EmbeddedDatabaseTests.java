package ir.tasvieh.backup;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTests {

	@Test
	void findsTheFileOfTheDefaultUrlBesideItsHandoff() {
		EmbeddedDatabase database = EmbeddedDatabase.of("jdbc:h2:file:./data/tasvieh;AUTO_SERVER=FALSE").orElseThrow();
		Path data = Path.of("data").toAbsolutePath().normalize();
		assertThat(database.file()).isEqualTo(data.resolve("tasvieh.mv.db"));
		assertThat(database.handoff()).isEqualTo(data.resolve("tasvieh.serve"));
		assertThat(database.folder()).isEqualTo(data);
		assertThat(database.existingOnly()).endsWith(";IFEXISTS=TRUE");
	}

	@Test
	void readsAPathWithoutFilePrefixAndTheHomeFolder() {
		assertThat(EmbeddedDatabase.of("jdbc:h2:/var/lib/tasvieh/data/ledger").orElseThrow().file())
			.isEqualTo(Path.of("/var/lib/tasvieh/data/ledger.mv.db"));
		assertThat(EmbeddedDatabase.of("jdbc:h2:~/tasvieh").orElseThrow().file())
			.isEqualTo(Path.of(System.getProperty("user.home"), "tasvieh.mv.db"));
	}

	@Test
	void findsNoFileForMemoryRemoteOrMySqlDatabases() {
		assertThat(EmbeddedDatabase.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(EmbeddedDatabase.of("jdbc:h2:tcp://localhost/~/tasvieh")).isEmpty();
		assertThat(EmbeddedDatabase.of("jdbc:mysql://db.internal:3306/tasvieh")).isEmpty();
		assertThat(EmbeddedDatabase.of(null)).isEmpty();
	}

}
