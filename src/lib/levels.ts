/** A count with the level's singular or plural, as readers say it: "1 strategi", "3 strategier". */
export function countOf(n: number, name: { singular: string; plural: string }): string {
	return `${n} ${(n === 1 ? name.singular : name.plural).toLowerCase()}`;
}
