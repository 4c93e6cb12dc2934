package ir.tasvieh.provider.vandar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.tasvieh.provider.client.AnswerFields;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderCapabilities;
import ir.tasvieh.provider.ProviderAnswer;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.ProviderOutcome;
import ir.tasvieh.provider.SendGate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Pays through Vandar batch settlement: one request per batch of up to
 * {@code tasvieh.vandar.batch-size} SHEBA payouts, asked about by its batch id.
 */
@Component
class VandarProvider implements PayoutProvider {

	private static final Log logger = LogFactory.getLog(VandarProvider.class);

	static final long MIN_IRR = 50_000L;

	static final long MAX_IRR = 500_000_000L;

	private static final int MAX_PAGES = 1000;

	private static final int CACHED_BATCHES = 16;

	private final VandarSettings settings;

	private final VandarEndpoint endpoint;

	private final VandarClient client;

	/**
	 * The batches whose ids were handed out lately, so a submit sends those very bytes.
	 */
	private final Map<List<PayoutOrder>, VandarBatch> batches = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<List<PayoutOrder>, VandarBatch> eldest) {
			return size() > CACHED_BATCHES;
		}

	};

	VandarProvider(VandarSettings settings, VandarEndpoint endpoint, VandarClient client) {
		this.settings = settings;
		this.endpoint = endpoint;
		this.client = client;
	}

	@Override
	public ProviderName name() {
		return ProviderName.VANDAR;
	}

	/** Batch settlement's per-item limits in rials (docs/providers.md, decisions). */
	@Override
	public ProviderCapabilities capabilities() {
		return new ProviderCapabilities(name(), "Vandar batch settlement", false, 50_000L, 500_000_000L);
	}

	@Override
	public int groupSize() {
		return this.settings.batchSize();
	}

	@Override
	public long estimatedFeeIrr(PayoutOrder order) {
		return this.settings.feeEstimateIrr();
	}

	@Override
	public boolean sendsInBatches() {
		return true;
	}

	/** The SHA-512 of the batch's items; orders Vandar cannot pay are left out of it. */
	@Override
	public String batchId(List<PayoutOrder> orders) {
		return batch(orders).id();
	}

	@Override
	public BalanceAnswer balance() {
		if (!this.endpoint.configured()) {
			return new BalanceAnswer(null, notConfigured(), new ProviderAnswer("business", null, "not sent"));
		}
		BalanceAnswer business = VandarOutcomes.balance(this.client.business(), "deductible_amount", "wallet");
		if (business.known()) {
			return business;
		}
		BalanceAnswer balance = VandarOutcomes.balance(this.client.balance(), "wallet");
		return balance.known() ? balance
				: new BalanceAnswer(null, business.message() + "; balance: " + balance.message(), balance.answer());
	}

	@Override
	public List<ProviderOutcome> submit(List<PayoutOrder> orders) {
		return submit(orders, SendGate.OPEN);
	}

	/**
	 * Asks the gate right before the batch goes out, also after a wait for the rate limit
	 * and before a resend: a batch whose gate closed meanwhile is never sent.
	 */
	@Override
	public List<ProviderOutcome> submit(List<PayoutOrder> orders, SendGate gate) {
		List<ProviderOutcome> outcomes = new ArrayList<>(refusedHere(orders));
		VandarBatch batch = batch(orders);
		if (batch.orders().isEmpty()) {
			return outcomes;
		}
		if (!this.endpoint.configured()) {
			outcomes.addAll(VandarOutcomes.all(batch.orders(), OutcomeKind.FAILED, "not sent: " + notConfigured(),
					VandarReply.notSent("batches-settlement", "not sent", false)));
			return outcomes;
		}
		String[] closed = new String[1];
		VandarReply reply = this.client.createBatch(batch.requestBody(), () -> {
			closed[0] = gate.closedBecause();
			return closed[0];
		});
		if (closed[0] != null) {
			outcomes.addAll(ProviderOutcome.notSent(batch.orders(), closed[0], "batches-settlement"));
			return outcomes;
		}
		outcomes.addAll(VandarOutcomes.submitted(batch.orders(), reply));
		log("sent", batch, outcomes);
		return outcomes;
	}

	@Override
	public boolean cancels() {
		return true;
	}

	/**
	 * One cancel call per settlement, by its transaction id (providers.md section 4.4).
	 * Vandar's {@code status: 1} took it back; any other answer leaves it to be followed.
	 */
	@Override
	public List<ProviderOutcome> cancel(List<PayoutOrder> orders) {
		List<ProviderOutcome> outcomes = new ArrayList<>();
		for (PayoutOrder order : orders) {
			if (!this.endpoint.configured() || order.providerRef() == null) {
				outcomes.add(new ProviderOutcome(order.payoutId(), OutcomeKind.PENDING, null, null, null, null,
						"cancel not sent", VandarReply.notSent(VandarClient.CANCEL, "not sent", false).answer()));
				continue;
			}
			VandarReply reply = this.client.cancelSettlement(order.providerRef());
			outcomes.add(VandarOutcomes.canceled(order, reply));
			logger.info("Vandar cancel of settlement " + order.providerRef() + " (tracker " + order.tracker() + "): "
					+ outcomes.get(outcomes.size() - 1).kind());
		}
		return outcomes;
	}

	@Override
	public List<ProviderOutcome> inquire(List<PayoutOrder> orders) {
		List<ProviderOutcome> outcomes = new ArrayList<>(refusedHere(orders));
		VandarBatch batch = batch(orders);
		if (batch.orders().isEmpty()) {
			return outcomes;
		}
		if (!this.endpoint.configured()) {
			outcomes.addAll(VandarOutcomes.all(batch.orders(), OutcomeKind.UNKNOWN, notConfigured(),
					VandarReply.notSent("batch-settlements", "not sent", false)));
			return outcomes;
		}
		Map<String, JsonNode> items = new HashMap<>();
		for (int page = 1; page <= MAX_PAGES; page++) {
			VandarReply reply = this.client.batchDetails(batch.id(), page);
			if (page == 1 && reply.status(404) && reply.notTaken() == null) {
				outcomes.addAll(VandarOutcomes.all(batch.orders(), OutcomeKind.NOT_FOUND,
						"Vandar does not know batch " + batch.id(), reply));
				log("asked about", batch, outcomes);
				return outcomes;
			}
			JsonNode root = reply.readable() ? reply.json() : null;
			JsonNode data = (root != null) ? root.get("data") : null;
			if (data != null && data.isObject() && data.has("data")) {
				// Wrapped in {"status":1,"data":{…}}, as api.vandar.io answers.
				root = data;
				data = data.get("data");
			}
			if (data == null || !data.isArray()) {
				String why = reply.readable() ? "page " + page + " of the batch carries no items" : reply.problem();
				outcomes.addAll(VandarOutcomes.all(batch.orders(), OutcomeKind.UNKNOWN, why, reply));
				log("asked about", batch, outcomes);
				return outcomes;
			}
			data.forEach((item) -> {
				String trackId = AnswerFields.text(item, "track_id");
				if (trackId != null) {
					items.putIfAbsent(trackId, item);
				}
			});
			if (data.isEmpty() || !hasNextPage(root, page)) {
				break;
			}
		}
		for (PayoutOrder order : batch.orders()) {
			JsonNode item = items.get(order.tracker());
			outcomes
				.add((item != null) ? VandarOutcomes.item(order, item, () -> this.client.settlement(order.tracker()))
						: ProviderOutcome.unknown(order.payoutId(),
								"batch " + batch.id() + " has no item " + order.tracker(),
								new ProviderAnswer("batch-settlements", 200, "no item with this track_id")));
		}
		log("asked about", batch, outcomes);
		return outcomes;
	}

	/** Laravel pagination: {@code meta.last_page}, else {@code links.next}. */
	private static boolean hasNextPage(JsonNode root, int page) {
		JsonNode meta = root.get("meta");
		Long lastPage = AnswerFields.whole(AnswerFields.number((meta != null) ? meta : root, "last_page"));
		if (lastPage != null) {
			return page < lastPage;
		}
		JsonNode links = root.get("links");
		return AnswerFields.text((links != null) ? links : root, "next") != null;
	}

	private VandarBatch batch(List<PayoutOrder> orders) {
		List<PayoutOrder> key = List.copyOf(orders);
		synchronized (this.batches) {
			return this.batches.computeIfAbsent(key,
					(all) -> VandarBatch.of(all.stream().filter((order) -> problem(order) == null).toList()));
		}
	}

	/** The orders Vandar cannot pay: never sent, failed at once. */
	private static List<ProviderOutcome> refusedHere(List<PayoutOrder> orders) {
		List<ProviderOutcome> outcomes = new ArrayList<>();
		for (PayoutOrder order : orders) {
			String problem = problem(order);
			if (problem != null) {
				logger.warn("Vandar: not sending tracker " + order.tracker() + ": " + problem);
				outcomes.add(new ProviderOutcome(order.payoutId(), OutcomeKind.FAILED, null, null, null, null,
						"not sent: " + problem,
						new ProviderAnswer("batches-settlement", null, "not sent: " + problem)));
			}
		}
		return outcomes;
	}

	private static String problem(PayoutOrder order) {
		if (order.isCard() || order.destination() == null) {
			return "Vandar pays SHEBA only";
		}
		if (order.amountIrr() < MIN_IRR || order.amountIrr() > MAX_IRR) {
			return "Vandar pays " + MIN_IRR + " to " + MAX_IRR + " IRR per payout, not " + order.amountIrr();
		}
		return null;
	}

	private void log(String what, VandarBatch batch, List<ProviderOutcome> outcomes) {
		Map<OutcomeKind, Integer> counts = new LinkedHashMap<>();
		outcomes.forEach((outcome) -> counts.merge(outcome.kind(), 1, Integer::sum));
		String line = "Vandar " + what + " batch " + batch.id().substring(0, 16) + "… of " + batch.orders().size()
				+ " payouts: " + counts;
		if (counts.containsKey(OutcomeKind.UNKNOWN) || counts.containsKey(OutcomeKind.FAILED)) {
			String first = outcomes.stream()
				.filter((outcome) -> outcome.kind() == OutcomeKind.UNKNOWN || outcome.kind() == OutcomeKind.FAILED)
				.findFirst()
				.map(ProviderOutcome::message)
				.orElse("");
			logger.warn(line + " (" + first + ")");
		}
		else {
			logger.info(line);
		}
	}

	private String notConfigured() {
		return "tasvieh.vandar.business and tasvieh.vandar.access-token or refresh-token are not set and the sandbox is off";
	}

}
