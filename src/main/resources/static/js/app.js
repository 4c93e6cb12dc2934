/*
 * The little script tasvieh's pages have (a file of its own: the CSP allows no inline
 * script). While a run pays, its page polls /runs/{id}/progress and moves the bar, the
 * counts and the status without reloading; once the run stops moving, the page reloads
 * once so the rows, totals and download show the final state.
 */
(function () {
	'use strict';

	var POLL_MS = 1500;
	var RETRY_MS = 5000;

	function followProgress(section) {
		var url = section.getAttribute('data-url');
		var bar = section.querySelector('progress');
		var failedShare = section.querySelector('progress.failed-share');
		var text = document.getElementById('progress-text');
		var status = document.querySelector('#run-status .status');
		var queue = document.getElementById('run-queue');

		function show(progress) {
			bar.max = Math.max(progress.payable, 1);
			bar.value = progress.payable > 0 ? progress.done : (progress.live ? 0 : 1);
			text.textContent = progress.text;
			if (failedShare) {
				// The rows that failed, in red under the bar.
				failedShare.max = bar.max;
				failedShare.value = progress.failed;
				failedShare.hidden = progress.failed === 0;
			}
			if (status) {
				status.textContent = progress.statusLabel;
				status.setAttribute('data-status', progress.badge);
				status.className = 'status run-' + progress.badge;
			}
			if (queue && progress.queue) {
				// A sheet waiting for its turn to be validated moves up the queue.
				queue.textContent = progress.queue;
			}
		}

		function poll() {
			fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
				.then(function (response) {
					if (response.redirected || !response.ok) {
						// Signed out meanwhile (sent to the sign-in page) or the run is gone.
						throw new Error(String(response.status));
					}
					return response.json();
				})
				.then(function (progress) {
					show(progress);
					if (progress.live) {
						window.setTimeout(poll, POLL_MS);
					}
					else if (!formBeingFilledIn()) {
						window.location.reload();
					}
				})
				.catch(function () {
					window.setTimeout(poll, RETRY_MS);
				});
		}

		window.setTimeout(poll, POLL_MS);
	}

	// Someone typing a stop reason or a decision note when the run ends: reloading would
	// throw their words away. The status above already says the run ended, and sending the
	// form answers with what happened (a run that ended cannot be stopped).
	function formBeingFilledIn() {
		var active = document.activeElement;
		var typing = active && active.form && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
		return Boolean(typing || document.querySelector('details[open] form'));
	}

	function submitFilterOnChange(select) {
		select.addEventListener('change', function () {
			select.form.submit();
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		var progress = document.getElementById('progress');
		if (progress && progress.getAttribute('data-live') === 'true') {
			followProgress(progress);
		}
		var filter = document.getElementById('status-filter');
		if (filter) {
			submitFilterOnChange(filter);
		}
	});
}());
