package ir.tasvieh;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a {@code @SpringBootTest} class on the MySQL-protocol test server instead of H2,
 * with the {@code mysql} profile and a new, empty database of its own (see
 * {@link MySqlTestDatabase}). Put it on a subclass of an H2 test to run the same tests on
 * MySQL without copying them. Without a server the class is skipped, or fails when
 * {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("mysql")
@ExtendWith(MySqlTestDatabase.class)
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MySqlTestDatabase.class)
@DirtiesContext(classMode = ClassMode.AFTER_CLASS)
public @interface MySqlTest {

}
