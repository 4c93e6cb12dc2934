package ir.tasvieh.validation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.limits.*}: what no sheet may exceed.
 *
 * @param maxRows the most data rows a sheet may have; a longer one is refused whole
 * @param maxRowIrr the largest amount of one row, in rials; a larger row is invalid
 * @param maxRunIrr the largest total of a run's valid rows, in rials; a sheet above it is
 * refused whole ({@code RUN_TOTAL_TOO_HIGH})
 */
@ConfigurationProperties("tasvieh.limits")
public record LimitsSettings(@DefaultValue("1000000") int maxRows, @DefaultValue("10000000000") long maxRowIrr,
		@DefaultValue("100000000000000") long maxRunIrr) {

}
