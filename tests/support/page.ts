/**
 * Opening a page of the built site as a reader's browser does, and writing down everything that
 * went wrong on the way: console errors, script errors, failed or refused requests, requests to
 * any other origin, and Content-Security-Policy violations.
 */
import type { BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/** Records every CSP violation the page reports; install on a context before opening pages. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber}`);
		});
	});
}

export interface VisitedPage {
	page: Page;
	response: Response | null;
	/** Everything that went wrong so far, in words, one line each. */
	problems(): string[];
	/** Every URL the page requested, in order. */
	requests: { url: string; type: string }[];
	/** Stops listening (the tab is reused for the next page). */
	stop(): void;
}

export interface OpenOptions {
	/** The only origin the page may talk to. */
	origin: string;
	/** The HTTP status the page itself is expected to answer with (404 for the not-found page). */
	expectStatus?: number;
}

/** Loads `url` in the tab `page`, listening from before the first request. */
export async function openPage(page: Page, url: string, options: OpenOptions): Promise<VisitedPage> {
	const problems: string[] = [];
	const requests: { url: string; type: string }[] = [];
	const expectStatus = options.expectStatus ?? 200;

	const onConsole = (message: ConsoleMessage) => {
		// The browser logs the page's own expected 404 as an error; that one is what the host should do.
		if (expectStatus === 404 && message.location().url === url && /status of 404/.test(message.text())) return;
		// CSP reports show up as errors; a warning about the policy counts too.
		if (message.type() === 'error' || (message.type() === 'warning' && /Content Security Policy|Refused/i.test(message.text()))) {
			problems.push(`console ${message.type()}: ${message.text()}`);
		}
	};
	const onPageError = (error: Error) => problems.push(`script error: ${error.message}`);
	const onRequest = (request: Request) => {
		const address = request.url();
		requests.push({ url: address, type: request.resourceType() });
		if (address.startsWith('data:')) return;
		if (new URL(address).origin !== options.origin) problems.push(`request to another origin: ${address}`);
	};
	const onFailed = (request: Request) => {
		// The browser fetches the favicon on its own after a page loads; a navigation right after (a
		// test's reload) cancels that fetch. That is the browser's doing, not a fault of the site.
		if (request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/favicon.svg')) return;
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
	};
	const onResponse = (response: Response) => {
		const isDocument = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
		const ok = isDocument ? response.status() === expectStatus : response.status() < 400;
		if (!ok) problems.push(`HTTP ${response.status()} for ${response.url()}`);
	};
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	page.on('request', onRequest);
	page.on('requestfailed', onFailed);
	page.on('response', onResponse);

	const response = await page.goto(url, { waitUntil: 'load' });
	return {
		page,
		response,
		requests,
		problems: () => [...problems],
		stop: () => {
			page.off('console', onConsole);
			page.off('pageerror', onPageError);
			page.off('request', onRequest);
			page.off('requestfailed', onFailed);
			page.off('response', onResponse);
		},
	};
}

/** The CSP violations the page has reported (needs recordCspViolations on its context). */
export async function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__cspViolations ?? ['(the CSP listener was not installed)']);
}

/**
 * Scrolls every chart into view, as a reader scrolling down the page does, and waits until each
 * has been drawn (the element marks itself data-drawn="true").
 */
export async function drawCharts(page: Page, timeout = 15_000): Promise<number> {
	const charts = page.locator('malbild-chart');
	const count = await charts.count();
	for (let n = 0; n < count; n++) {
		const chart = charts.nth(n);
		await chart.scrollIntoViewIfNeeded();
		await chart.evaluate(
			(el, ms) =>
				new Promise<void>((resolve, reject) => {
					const started = performance.now();
					const check = () => {
						if ((el as HTMLElement).dataset.drawn === 'true') resolve();
						else if (performance.now() - started > ms) reject(new Error('the chart was not drawn'));
						else setTimeout(check, 25);
					};
					check();
				}),
			timeout,
		);
	}
	return count;
}
