package ir.tasvieh.run;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * An H2 database closes itself when the JVM begins to exit, unless told not to; then the
 * payments still finishing on SIGTERM found it gone ("Database is already closed"), one
 * stack trace per call. With {@code DB_CLOSE_ON_EXIT=FALSE} it is closed by the pool, the
 * last thing the application closes. A URL that says otherwise, or that asks for
 * {@code AUTO_SERVER=TRUE} (which H2 allows only with its own hook), is left as it is.
 */
@Component
class H2ClosedLast implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			pool.setJdbcUrl(closedLast(pool.getJdbcUrl()));
		}
		return bean;
	}

	static String closedLast(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:") || lower.contains("db_close_on_exit") || lower.contains("auto_server=true")
				|| lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
			return url;
		}
		return url + ";DB_CLOSE_ON_EXIT=FALSE";
	}

}
