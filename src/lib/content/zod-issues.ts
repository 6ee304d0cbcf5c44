import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

const typeWords: Record<string, string> = {
	string: 'en text',
	number: 'ett tal',
	int: 'ett heltal',
	boolean: 'true eller false',
	array: 'en lista',
	object: 'en grupp av fält',
	record: 'en grupp av fält',
	date: 'ett datum',
};

function describeInput(input: unknown): string {
	if (input === null) return 'ett tomt värde';
	if (Array.isArray(input)) return 'en lista';
	if (typeof input === 'object') return 'en grupp av fält';
	return `"${String(input)}"`;
}

/** A zod issue as a sentence an editor understands, plus a hint where one helps. */
export function describeIssue(issue: Issue): { message: string; hint?: string } {
	switch (issue.code) {
		case 'invalid_type': {
			const expected = typeWords[issue.expected] ?? issue.expected;
			if (issue.input === undefined) return { message: `fältet saknas; det ska vara ${expected}.` };
			return { message: `${describeInput(issue.input)} är ${typeWord(issue.input)}, men det ska vara ${expected}.` };
		}
		case 'invalid_value':
			return {
				message: `${describeInput(issue.input)} är inte ett tillåtet värde.`,
				hint: `Tillåtna värden: ${issue.values.map(String).join(', ')}.`,
			};
		case 'unrecognized_keys':
			return {
				message: `okänt fält ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
				hint: 'Kontrollera stavningen; fältnamnen skrivs som i redaktörsguiden.',
			};
		case 'too_small':
			if (issue.origin === 'string') return { message: 'får inte vara tomt.' };
			if (issue.origin === 'array') return { message: `ska ha minst ${issue.minimum} värden.` };
			return { message: `${describeInput(issue.input)} är för litet; det ska vara ${issue.inclusive ? 'minst' : 'större än'} ${issue.minimum}.` };
		case 'too_big':
			return { message: `${describeInput(issue.input)} är för stort; det ska vara ${issue.inclusive ? 'högst' : 'mindre än'} ${issue.maximum}.` };
		case 'invalid_format':
			return { message: `${describeInput(issue.input)} har fel form; det ska vara ${issue.message}.` };
		case 'invalid_union': {
			const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
			if (discriminator) {
				const found = (issue.input as Record<string, unknown> | undefined)?.[discriminator];
				return {
					message: found === undefined ? `fältet ${discriminator} saknas.` : `${describeInput(found)} är inte ett tillåtet värde.`,
					hint: options ? `Tillåtna värden: ${options.map(String).join(', ')}.` : undefined,
				};
			}
			return { message: `${describeInput(issue.input)} passar inte här.` };
		}
		default:
			return { message: issue.message };
	}
}

function typeWord(input: unknown): string {
	if (typeof input === 'string') return 'en text';
	if (typeof input === 'number') return 'ett tal';
	if (typeof input === 'boolean') return 'ett sant/falskt-värde';
	return describeInput(input);
}
