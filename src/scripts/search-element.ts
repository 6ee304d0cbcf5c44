/**
 * <malbild-search>: the site search. In the header the "Sök" link opens a modal dialog instead
 * of the search page; on the search page it shows the form in place of the text that says search
 * needs JavaScript. Pagefind's script and index are imported on first use only, so a reader who
 * never searches downloads none of it.
 */
import { countText, toHit, type CountWords, type Hit, type PagefindData } from '../lib/search/results.ts';

interface Words {
	count: CountWords;
	loading: string;
	failed: string;
	status: string;
}

interface Pagefind {
	options(o: { baseUrl: string }): Promise<void>;
	search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/** Results shown at a time: enough to choose from, few enough to read through by keyboard. */
const SHOWN = 20;
let loading: Promise<Pagefind> | undefined;

/** Pagefind's own script, from the site's `pagefind/` folder (src/lib/search/index-site.ts). */
function load(base: string): Promise<Pagefind> {
	loading ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
		await pf.options({ baseUrl: base });
		return pf;
	});
	loading.catch(() => (loading = undefined));
	return loading;
}

class MalbildSearch extends HTMLElement {
	#asked = 0;

	connectedCallback() {
		const $ = <T extends Element>(s: string) => this.querySelector<T>(s)!;
		const words = JSON.parse(this.dataset.words!) as Words;
		const base = this.dataset.base!;
		const dialog = this.querySelector('dialog');
		const form = $<HTMLFormElement>('form');
		const input = $<HTMLInputElement>('input');
		const count = $<HTMLElement>('[role="status"]');
		const list = $<HTMLOListElement>('ol');

		const run = async () => {
			const q = input.value.trim();
			const asked = ++this.#asked;
			if (!q) {
				count.textContent = '';
				list.replaceChildren();
				return;
			}
			count.textContent = words.loading;
			try {
				const found = await (await load(base)).search(q);
				// Pagefind answers null when a newer search replaced this one.
				if (!found) return;
				const hits = (await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()))).map(toHit);
				if (asked !== this.#asked) return;
				list.replaceChildren(...hits.map((h) => item(h, words)));
				count.textContent = countText(found.results.length, words.count, document.documentElement.lang);
			} catch {
				if (asked === this.#asked) count.textContent = words.failed;
			}
		};
		input.addEventListener('input', run);
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			void run();
		});
		// Up and down move between the field and the results, as in a list of suggestions.
		this.addEventListener('keydown', (e) => {
			if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
			const stops = [input, ...list.querySelectorAll('a')];
			const at = stops.indexOf(document.activeElement as HTMLInputElement);
			if (at < 0) return;
			e.preventDefault();
			stops[Math.max(0, Math.min(stops.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]!.focus();
		});

		if (!dialog) {
			// The search page: the form replaces the text for readers without JavaScript.
			this.querySelector<HTMLElement>('.search-noscript')?.setAttribute('hidden', '');
			form.hidden = false;
			input.value = new URLSearchParams(location.search).get('q') ?? '';
			input.addEventListener('focus', () => void load(base).catch(() => {}), { once: true });
			if (input.value) void run();
			return;
		}
		const open = $<HTMLAnchorElement>('.search-open');
		open.setAttribute('aria-haspopup', 'dialog');
		open.addEventListener('click', (e) => {
			e.preventDefault();
			dialog.showModal();
			input.focus();
			void load(base).catch(() => {});
		});
		$<HTMLButtonElement>('.search-close').addEventListener('click', () => dialog.close());
		// Escape closes the dialog natively; focus goes back to what opened it either way.
		dialog.addEventListener('close', () => open.focus());
		// A click on the backdrop (outside the dialog's box) closes it too.
		dialog.addEventListener('click', (e) => {
			if (e.target === dialog) dialog.close();
		});
	}
}

/** One result: the title as a link, the level name and status, the excerpt with its marked words. */
function item(hit: Hit, words: Words): HTMLLIElement {
	const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
		const e = document.createElement(tag);
		if (cls) e.className = cls;
		if (text) e.textContent = text;
		return e;
	};
	const li = el('li');
	const a = el('a', '', hit.title);
	a.href = hit.href;
	li.append(a);
	const meta = [hit.level, hit.status && `${words.status}: ${hit.status}`].filter(Boolean).join(' · ');
	if (meta) li.append(el('p', 'search-meta', meta));
	const p = el('p', 'search-excerpt');
	p.append(...hit.excerpt.map((part) => (part.mark ? el('mark', '', part.text) : document.createTextNode(part.text))));
	li.append(p);
	return li;
}

if (!customElements.get('malbild-search')) customElements.define('malbild-search', MalbildSearch);
