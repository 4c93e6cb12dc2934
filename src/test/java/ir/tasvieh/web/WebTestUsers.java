package ir.tasvieh.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The users every web test signs in as, password {@code <name>-pw}: {@code finance} and
 * {@code fatemeh} (FINANCE), {@code manager} and {@code mehdi} (MANAGER), {@code clumsy}
 * and {@code sara} (both roles) and {@code formfumbler} (FINANCE). One set for all, so
 * that web test classes differ only in what they test and may share a Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = { "tasvieh.users[0].username=finance", "tasvieh.users[0].password={noop}finance-pw",
		"tasvieh.users[0].roles=FINANCE", "tasvieh.users[1].username=manager",
		"tasvieh.users[1].password={noop}manager-pw", "tasvieh.users[1].roles=MANAGER",
		"tasvieh.users[2].username=clumsy", "tasvieh.users[2].password={noop}clumsy-pw",
		"tasvieh.users[2].roles=FINANCE,MANAGER", "tasvieh.users[3].username=formfumbler",
		"tasvieh.users[3].password={noop}formfumbler-pw", "tasvieh.users[3].roles=FINANCE",
		"tasvieh.users[4].username=fatemeh", "tasvieh.users[4].password={noop}fatemeh-pw",
		"tasvieh.users[4].roles=FINANCE", "tasvieh.users[5].username=mehdi", "tasvieh.users[5].password={noop}mehdi-pw",
		"tasvieh.users[5].roles=MANAGER", "tasvieh.users[6].username=sara", "tasvieh.users[6].password={noop}sara-pw",
		"tasvieh.users[6].roles=FINANCE,MANAGER" })
public @interface WebTestUsers {

}
