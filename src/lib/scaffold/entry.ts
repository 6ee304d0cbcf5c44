/**
 * `npm run new`: a new area, goal, strategy, indicator or page, written from the schemas so every
 * field is there with its help text, and valid as written: `npm run check` passes right after.
 * Pure: it is told what the content tree holds and returns the files to write, or what is wrong.
 */
import { slugify } from '../content/load.ts';
import { ID_MAX_LENGTH, ID_PATTERN, RESERVED_PAGE_IDS } from '../ids.ts';
import { entrySchemas, type EntryCollection } from '../schema/entries.ts';
import { objectFields, type FieldInfo } from '../schema/fields.ts';
import type { Site } from '../schema/site.ts';
import { frontMatterLines, type Lang } from './front-matter.ts';

export type Kind = 'area' | 'goal' | 'strategy' | 'indicator' | 'page';

export const KINDS: Record<Kind, { collection: EntryCollection; extension: 'md' | 'mdx' }> = {
	area: { collection: 'areas', extension: 'md' },
	goal: { collection: 'goals', extension: 'md' },
	strategy: { collection: 'strategies', extension: 'md' },
	indicator: { collection: 'indicators', extension: 'md' },
	page: { collection: 'pages', extension: 'mdx' },
};

/** Swedish names an editor may type instead: `npm run new -- indikator "…"`. */
const ALIASES: Record<string, Kind> = {
	omrade: 'area',
	område: 'area',
	malomrade: 'area',
	målområde: 'area',
	perspektiv: 'area',
	mal: 'goal',
	mål: 'goal',
	strategi: 'strategy',
	indikator: 'indicator',
	sida: 'page',
};

export function kindOf(word: string): Kind | undefined {
	const w = word.trim().toLowerCase();
	return (w in KINDS ? (w as Kind) : undefined) ?? ALIASES[w];
}

export interface ScaffoldRequest {
	kind: Kind;
	title: string;
	area?: string;
	goal?: string;
	strategies?: string[];
	/** Whether higher or lower values are better (indicators); default higher, said in the file. */
	direction?: 'higher' | 'lower';
	/** The id (file name) to use instead of one made from the title. */
	id?: string;
	/** The year of the CSV stub's one row. */
	year: number;
	lang?: Lang;
}

/** What the content tree already holds. */
export interface ContentIndex {
	site: Site;
	ids: Record<EntryCollection, string[]>;
	/** File names in data/. */
	dataFiles: string[];
}

export interface ScaffoldFile {
	/** Relative to the content tree: "indicators/andel-elever.md". */
	path: string;
	text: string;
}

export type ScaffoldResult = { ok: true; id: string; files: ScaffoldFile[] } | { ok: false; errors: string[] };

const ID = new RegExp(ID_PATTERN);

/** An id from a title: "Andel elever med fullständiga betyg" → "andel-elever-med-fullstandiga-betyg"; at most 60 characters, cut at a hyphen. */
export function idFor(title: string): string {
	const slug = slugify(title);
	if (slug.length <= ID_MAX_LENGTH) return slug;
	const cut = slug.slice(0, ID_MAX_LENGTH + 1);
	const hyphen = cut.lastIndexOf('-');
	return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, ID_MAX_LENGTH)).replace(/-+$/, '');
}

const text = {
	sv: {
		noTitle: 'Skriv en rubrik inom citattecken, t.ex. npm run new -- indicator "Andel elever med fullständiga betyg" --area naringsliv.',
		badId: (id: string) => `Id:t "${id}" går inte att använda: bara små bokstäver a–z, siffror och bindestreck.`,
		emptyId: 'Rubriken ger inget id (den har inga bokstäver eller siffror). Ange ett med --id, t.ex. --id andel-elever.',
		exists: (file: string) => `${file} finns redan och skrivs inte över. Välj en annan rubrik, eller ange ett annat id med --id.`,
		dataExists: (file: string) => `${file} finns redan och skrivs inte över. Ange ett annat id med --id.`,
		unknown: (level: string, id: string, ids: string[]) => `${level} "${id}" finns inte. ${ids.length ? `Finns: ${ids.join(', ')}.` : 'Det finns inga ännu.'}`,
		noLevel: (what: string, key: string) => `Webbplatsen har inga ${what}: levels.${key} saknas i site.yaml. Lägg till nivåns namn där först.`,
		both: (area: string, goal: string) => `Ange ${area.toLowerCase()} (--area) eller ${goal.toLowerCase()} (--goal), inte båda.`,
		needArea: (area: string, ids: string[]) => `Ange ${area.toLowerCase()} med --area, t.ex. --area ${ids[0] ?? 'id'}. Finns: ${ids.join(', ') || 'inga ännu'}.`,
		needAreaOrGoal: (area: string, goal: string, areas: string[], goals: string[]) =>
			`Ange ${area.toLowerCase()} med --area eller ${goal.toLowerCase()} med --goal. ${area}: ${areas.join(', ') || 'inga ännu'}. ${goal}: ${goals.join(', ') || 'inga ännu'}.`,
		onlyFor: (option: string, kinds: string) => `--${option} gäller bara ${kinds}.`,
		reserved: (id: string, ids: readonly string[]) => `En sida kan inte heta "${id}": adressen /${id}/ har webbplatsen redan. Upptagna: ${ids.join(', ')}. Ange ett annat id med --id.`,
		header: 'Skapad med npm run new. Rader som börjar med # används inte: ta bort # och mellanslaget för att använda ett fält.',
		body: 'Texten skrivs under strecket nedan, i Markdown.',
		direction: (d: string) => `Ifyllt som ${d}: kontrollera att det stämmer.`,
		dataStub: (file: string) => `Värdena läses från data/${file}. Den har bara rubrikraden och ett år utan värde (..): fyll i årets värden.`,
		pageBody: 'Skriv sidans text här, i Markdown. Raden inom klammerparenteser är en kommentar och syns inte.',
	},
	en: {
		noTitle: 'Write a title in quotes, e.g. npm run new -- indicator "Share of pupils with complete grades" --area naringsliv.',
		badId: (id: string) => `The id "${id}" cannot be used: only lower-case a–z, digits and hyphens.`,
		emptyId: 'The title gives no id (it has no letters or digits). Give one with --id, e.g. --id share-of-pupils.',
		exists: (file: string) => `${file} already exists and is not overwritten. Choose another title, or give another id with --id.`,
		dataExists: (file: string) => `${file} already exists and is not overwritten. Give another id with --id.`,
		unknown: (level: string, id: string, ids: string[]) => `${level} "${id}" does not exist. ${ids.length ? `There are: ${ids.join(', ')}.` : 'There are none yet.'}`,
		noLevel: (what: string, key: string) => `The site has no ${what}: levels.${key} is missing in site.yaml. Add the level's name there first.`,
		both: (area: string, goal: string) => `Give the ${area.toLowerCase()} (--area) or the ${goal.toLowerCase()} (--goal), not both.`,
		needArea: (area: string, ids: string[]) => `Give the ${area.toLowerCase()} with --area, e.g. --area ${ids[0] ?? 'id'}. There are: ${ids.join(', ') || 'none yet'}.`,
		needAreaOrGoal: (area: string, goal: string, areas: string[], goals: string[]) =>
			`Give the ${area.toLowerCase()} with --area or the ${goal.toLowerCase()} with --goal. ${area}: ${areas.join(', ') || 'none yet'}. ${goal}: ${goals.join(', ') || 'none yet'}.`,
		onlyFor: (option: string, kinds: string) => `--${option} applies only to ${kinds}.`,
		reserved: (id: string, ids: readonly string[]) => `A page cannot be called "${id}": the site already uses the address /${id}/. Taken: ${ids.join(', ')}. Give another id with --id.`,
		header: 'Made with npm run new. Lines starting with # are not used: remove the # and the space to use a field.',
		body: 'The text goes below the line, in Markdown.',
		direction: (d: string) => `Filled in as ${d}: check that it is right.`,
		dataStub: (file: string) => `The values are read from data/${file}. It has only the header and one year without a value (..): fill in the values.`,
		pageBody: 'Write the page’s text here, in Markdown. The line in braces is a comment and is not shown.',
	},
} as const;

/** The files for a new entry, or every reason it cannot be made. */
export function scaffold(request: ScaffoldRequest, index: ContentIndex): ScaffoldResult {
	const lang = request.lang ?? 'sv';
	const t = text[lang];
	const { site, ids } = index;
	const { kind } = request;
	const { collection, extension } = KINDS[kind];
	const errors: string[] = [];
	const levels = site.levels;
	const areaWord = levels.area.singular;
	const goalWord = levels.goal?.singular ?? (lang === 'en' ? 'Goal' : 'Mål');
	const strategyWord = levels.strategy?.singular ?? (lang === 'en' ? 'Strategy' : 'Strategi');

	const title = request.title.trim();
	if (!title) errors.push(t.noTitle);
	const id = request.id?.trim() || idFor(title);
	if (title && !id) errors.push(t.emptyId);
	else if (id && !ID.test(id)) errors.push(t.badId(id));
	const file = `${collection}/${id}.${extension}`;
	if (id && ids[collection].includes(id)) errors.push(t.exists(file));
	if (kind === 'page' && RESERVED_PAGE_IDS.includes(id)) errors.push(t.reserved(id, RESERVED_PAGE_IDS));
	if (kind === 'goal' && !levels.goal) errors.push(t.noLevel(lang === 'en' ? 'goals' : 'mål', 'goal'));
	if (kind === 'strategy' && !levels.strategy) errors.push(t.noLevel(lang === 'en' ? 'strategies' : 'strategier', 'strategy'));

	const values: Record<string, unknown> = { title };
	const { area, goal } = request;
	const placed = kind === 'goal' || kind === 'strategy' || kind === 'indicator';
	if (!placed) {
		if (area !== undefined) errors.push(t.onlyFor('area', 'goal, strategy, indicator'));
		if (goal !== undefined) errors.push(t.onlyFor('goal', 'strategy, indicator'));
	} else {
		if (kind === 'goal' && goal !== undefined) errors.push(t.onlyFor('goal', 'strategy, indicator'));
		if (goal !== undefined && kind !== 'goal' && !levels.goal) errors.push(t.noLevel(lang === 'en' ? 'goals' : 'mål', 'goal'));
		if (area !== undefined && goal !== undefined && kind !== 'goal') errors.push(t.both(areaWord, goalWord));
		if (area !== undefined && !ids.areas.includes(area)) errors.push(t.unknown(areaWord, area, ids.areas));
		if (goal !== undefined && levels.goal && kind !== 'goal' && !ids.goals.includes(goal)) errors.push(t.unknown(goalWord, goal, ids.goals));
		if (area === undefined && goal === undefined) {
			if (kind === 'goal' || !levels.goal) errors.push(t.needArea(areaWord, ids.areas));
			else errors.push(t.needAreaOrGoal(areaWord, goalWord, ids.areas, ids.goals));
		}
		if (kind === 'goal' && area === undefined && goal !== undefined) errors.push(t.needArea(areaWord, ids.areas));
		if (area !== undefined) values.area = area;
		else if (goal !== undefined) values.goal = goal;
	}

	const strategies = request.strategies ?? [];
	if (strategies.length) {
		if (kind !== 'indicator') errors.push(t.onlyFor('strategy', 'indicator'));
		else if (!levels.strategy) errors.push(t.noLevel(lang === 'en' ? 'strategies' : 'strategier', 'strategy'));
		else for (const s of strategies) if (!ids.strategies.includes(s)) errors.push(t.unknown(strategyWord, s, ids.strategies));
		values.strategies = strategies;
	}
	if (request.direction !== undefined && kind !== 'indicator') errors.push(t.onlyFor('direction', 'indicator'));

	const files: ScaffoldFile[] = [];
	const extra: Record<string, string> = {};
	if (kind === 'indicator') {
		const csv = `${id}.csv`;
		if (index.dataFiles.includes(csv)) errors.push(t.dataExists(`data/${csv}`));
		values.data = csv;
		values.direction = request.direction ?? 'higher';
		extra.data = t.dataStub(csv);
		if (!request.direction) extra.direction = t.direction('higher');
		// A header alone is an error for the CSV reader: one year marked as missing (..) is a valid
		// file that says plainly that no value is there yet, and invents none.
		files.push({ path: `data/${csv}`, text: `År;Värde\n${request.year};..\n` });
	}
	if (errors.length) return { ok: false, errors };

	// A reference to a level the site does not have would only confuse: it is left out, as in the CMS.
	const present = (f: FieldInfo) => {
		const target = f.shape.type === 'reference' ? f.shape.collection : f.shape.type === 'array' && f.shape.element.type === 'reference' ? f.shape.element.collection : undefined;
		return target === 'goals' ? !!levels.goal : target === 'strategies' ? !!levels.strategy : true;
	};
	const lines = frontMatterLines(objectFields(entrySchemas[collection]).filter(present), values, lang);
	// A note of our own under a field's help: the direction filled in, the CSV stub.
	for (const [field, note] of Object.entries(extra)) {
		const at = lines.findIndex((l) => l.startsWith(`${field}: `));
		if (at >= 0) lines.splice(at, 0, `# ${note}`);
	}
	const body = extension === 'mdx' ? `\n{/* ${t.pageBody} */}\n` : '';
	const front = ['---', `# ${t.header}`, ...lines, `# ${t.body}`, '---', ''].join('\n');
	files.unshift({ path: file, text: `${front}${body}` });
	return { ok: true, id, files };
}
