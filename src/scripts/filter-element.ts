/**
 * <malbild-filter>: narrows the list of all indicators to the statuses and the area the reader
 * chooses, in place, and keeps the choice in the address (src/lib/filter/indicator-filter.ts). The
 * line under the controls says how many are shown; it is a status region, so screen readers read it
 * after each change.
 */
import { choiceQuery, countByStatus, filterFields, matches, readChoice, showsSection, shownText, type FilterChoice, type ShownWords } from '../lib/filter/indicator-filter.ts';
import type { Status } from '../lib/schema/status-codes.ts';

class MalbildFilter extends HTMLElement {
	connectedCallback() {
		const controls = this.querySelector<HTMLElement>('.filter')!;
		const line = this.querySelector<HTMLElement>('[role="status"]')!;
		const words = JSON.parse(this.dataset.words!) as ShownWords;
		const boxes = [...controls.querySelectorAll<HTMLInputElement>(`input[name="${filterFields.status}"]`)];
		const select = controls.querySelector('select')!;
		const counts = [...controls.querySelectorAll<HTMLElement>('.filter-count')];
		const sections = [...this.querySelectorAll<HTMLElement>('section[data-area]')];
		const items = sections.flatMap((section) =>
			[...section.querySelectorAll<HTMLElement>('li[data-status]')].map((el) => ({ el, section, status: el.dataset.status as Status, area: section.dataset.area! })),
		);
		const number = new Intl.NumberFormat(document.documentElement.lang);

		const chosen = (): FilterChoice => ({
			statuses: boxes.filter((b) => b.checked).map((b) => b.value as Status),
			...(select.value ? { area: select.value } : {}),
		});
		const show = (choice: FilterChoice) => {
			const shownIn = new Map<HTMLElement, number>();
			for (const i of items) {
				const shown = matches(choice, i);
				i.el.hidden = !shown;
				if (shown) shownIn.set(i.section, (shownIn.get(i.section) ?? 0) + 1);
			}
			for (const s of sections) s.hidden = !showsSection(choice, s.dataset.area!, shownIn.get(s) ?? 0);
			const byStatus = countByStatus(items, choice.area);
			for (const c of counts) c.textContent = `(${number.format(byStatus[c.dataset.status as Status])})`;
			const shown = [...shownIn.values()].reduce((a, b) => a + b, 0);
			line.textContent = shownText(shown, items.length, words, (n) => number.format(n));
		};
		const apply = () => {
			const choice = chosen();
			show(choice);
			const query = choiceQuery(choice);
			history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		};

		const start = readChoice(new URLSearchParams(location.search), sections.map((s) => s.dataset.area!));
		for (const b of boxes) b.checked = start.statuses.includes(b.value as Status);
		select.value = start.area ?? '';
		controls.addEventListener('change', apply);
		controls.querySelector('.filter-reset')!.addEventListener('click', () => {
			for (const b of boxes) b.checked = false;
			select.value = '';
			apply();
		});
		controls.hidden = false;
		// What the controls hold, not the address: a status no indicator has has no box to show it.
		show(chosen());
	}
}

customElements.define('malbild-filter', MalbildFilter);
