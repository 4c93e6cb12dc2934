package ir.tasvieh.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Decisions;
import ir.tasvieh.run.OverviewDay;
import ir.tasvieh.run.RunOverview;

/**
 * The home page (docs/SPEC.md section 9.3): the last 30 days at a glance, rows paid,
 * failed, in doubt and waiting for approval per day, as a chart and as a table, with the
 * ways on to the runs.
 */
@Controller
class HomePage {

	static final int DAYS = 30;

	private final RunOverview overview;

	private final Decisions decisions;

	HomePage(RunOverview overview, Decisions decisions) {
		this.overview = overview;
		this.decisions = decisions;
	}

	@GetMapping("/")
	String home(Model model) {
		List<OverviewDay> days = this.overview.lastDays(DAYS);
		model.addAttribute("chart", OverviewChart.of(days));
		// Newest first, and only the days something happened on: 30 empty lines read
		// aloud help nobody.
		List<OverviewDay> busy = new ArrayList<>(days.stream().filter((day) -> day.rows() > 0).toList());
		Collections.reverse(busy);
		model.addAttribute("days", busy);
		model.addAttribute("paid", total(days.stream().map(OverviewDay::paid).toList()));
		model.addAttribute("failed", total(days.stream().map(OverviewDay::failed).toList()));
		model.addAttribute("inDoubt", total(days.stream().map(OverviewDay::inDoubt).toList()));
		model.addAttribute("waiting", total(days.stream().map(OverviewDay::waiting).toList()));
		model.addAttribute("dayCount", (long) DAYS);
		// Mail sends a second manager here to confirm a decision on payouts in doubt.
		model.addAttribute("proposed",
				(long) this.decisions.decisions(Decision.Status.PROPOSED, RunPages.LIST_LIMIT).size());
		return "home";
	}

	private static Tally total(List<Tally> tallies) {
		return new Tally("total", tallies.stream().mapToLong(Tally::count).sum(),
				tallies.stream().mapToLong(Tally::totalIrr).sum());
	}

}
