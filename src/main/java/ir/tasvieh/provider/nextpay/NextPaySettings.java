package ir.tasvieh.provider.nextpay;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import ir.tasvieh.provider.NextPayMode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.nextpay}: where and how NextPay's checkout web services are called.
 *
 * @param baseUrl the web services' base URL; each operation is a path below it
 * @param wid the web service id, or {@code null}
 * @param auth the web service secret, or {@code null}; never printed
 * @param mode the checkout operation that pays
 * @param concurrency how many calls may be in flight at once
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param feeEstimateIrr the fee per payout expected on top of its amount (NextPay
 * publishes no fee table)
 * @param groupSize how many payouts one submit call carries; by default 20, or two calls
 * per thread when {@code concurrency} is above 10
 * @param notFoundCodes the status-inquiry codes that mean "no such tracker" (default
 * {@code -37}): only these let a payout in doubt be sent again
 * @param duplicateCodes the checkout codes that mean "this tracker was already sent"
 * (default {@code -49}): the payout may exist, so it is asked about. NextPay documents
 * neither list's codes for checkout (docs/providers.md); an operator who learns the real
 * ones sets them without a new release
 * @param returnsWindow how long after NextPay said "paid" a payout is still asked about,
 * in case the destination bank returned it (default 4 days: a PAYA return comes within a
 * few working days, and a weekend may lie between); zero never asks again
 * @param returnsAskedEvery how long at least between two such questions about one payout
 * (default 12 hours), so a paid payout costs a handful of inquiries, not one per refresh
 */
@ConfigurationProperties("tasvieh.nextpay")
record NextPaySettings(URI baseUrl, String wid, String auth, NextPayMode mode, @DefaultValue("4") int concurrency,
		Duration connectTimeout, Duration readTimeout, @DefaultValue("0") long feeEstimateIrr, Integer groupSize,
		List<Long> notFoundCodes, List<Long> duplicateCodes, Duration returnsWindow, Duration returnsAskedEvery) {

	static final URI DEFAULT_BASE_URL = URI.create("https://nextpay.org/nx/gateway");

	NextPaySettings {
		baseUrl = (baseUrl != null) ? baseUrl : DEFAULT_BASE_URL;
		wid = blankToNull(wid);
		auth = blankToNull(auth);
		mode = (mode != null) ? mode : NextPayMode.checkout_withoutfee;
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(5);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(30);
		// A group of fewer calls than two per thread leaves threads idle while its last
		// calls are answered, unless other groups are in flight to fill them.
		groupSize = (groupSize != null) ? groupSize : Math.max(20, 2 * concurrency);
		notFoundCodes = (notFoundCodes != null && !notFoundCodes.isEmpty()) ? List.copyOf(notFoundCodes)
				: List.of(-37L);
		duplicateCodes = (duplicateCodes != null && !duplicateCodes.isEmpty()) ? List.copyOf(duplicateCodes)
				: List.of(-49L);
		returnsWindow = (returnsWindow != null) ? returnsWindow : Duration.ofDays(4);
		returnsAskedEvery = (returnsAskedEvery != null) ? returnsAskedEvery : Duration.ofHours(12);
		if (returnsWindow.isNegative() || returnsAskedEvery.isNegative() || returnsAskedEvery.isZero()) {
			throw new IllegalArgumentException(
					"tasvieh.nextpay.returns-window must not be negative, returns-asked-every must be positive");
		}
		if (notFoundCodes.contains(NextPayCodes.OK) || duplicateCodes.contains(NextPayCodes.OK)
				|| notFoundCodes.stream().anyMatch(duplicateCodes::contains)) {
			// A code that meant both "never taken" and "already there" could pay twice.
			throw new IllegalArgumentException(
					"tasvieh.nextpay.not-found-codes and duplicate-codes must not share" + " a code, nor contain 200");
		}
		if (concurrency < 1 || groupSize < 1 || feeEstimateIrr < 0) {
			throw new IllegalArgumentException(
					"tasvieh.nextpay.concurrency and group-size must be at least 1, fee-estimate-irr at least 0");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	@Override
	public String toString() {
		// auth is a secret: say only whether it is set.
		return "NextPaySettings[baseUrl=" + this.baseUrl + ", wid=" + this.wid + ", auth="
				+ ((this.auth != null) ? "(set)" : "(unset)") + ", mode=" + this.mode + ", concurrency="
				+ this.concurrency + ", connectTimeout=" + this.connectTimeout + ", readTimeout=" + this.readTimeout
				+ ", feeEstimateIrr=" + this.feeEstimateIrr + ", groupSize=" + this.groupSize + ", notFoundCodes="
				+ this.notFoundCodes + ", duplicateCodes=" + this.duplicateCodes + ", returnsWindow="
				+ this.returnsWindow + ", returnsAskedEvery=" + this.returnsAskedEvery + "]";
	}

}
