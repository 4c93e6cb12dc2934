package ir.tasvieh.sheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.sheet.*}: how a sheet is read.
 *
 * @param defaultUnit the unit of an amount column whose header names none ({@code IRR}
 * rials or {@code IRT} toman)
 */
@ConfigurationProperties("tasvieh.sheet")
public record SheetSettings(@DefaultValue("IRR") AmountUnit defaultUnit) {

}
