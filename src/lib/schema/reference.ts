import { z } from 'astro/zod';

/** The collections an entry can point at. */
export type CollectionName = 'areas' | 'goals' | 'strategies' | 'indicators' | 'pages' | 'data';

/**
 * An id of an entry in another collection. The schema only checks the shape; the metadata lets
 * the reference checker (and a CMS configuration) find every reference without a list kept by hand.
 */
export function ref(collection: CollectionName) {
	const id = z.string().trim();
	// The CMS writes a CSV file picked or uploaded in the data folder as "/data/besokare.csv" (its
	// public folder is /data); the file name is what the reference is.
	const named = collection === 'data' ? id.overwrite((value) => value.replace(/^\/?data\//, '')) : id;
	return named.min(1).meta({ references: collection });
}

/** The collection a schema field refers to, if it is a reference. */
export function referencedCollection(schema: z.ZodType): CollectionName | undefined {
	const meta = schema.meta() as { references?: CollectionName } | undefined;
	return meta?.references;
}
