import { defineCollection } from 'astro:content';
import { historyLoader } from './content/history-loader.ts';
import { qmsLoader, type KindLoader } from './content/loader.ts';
import { publicationLoader } from './content/publication-loader.ts';
import { CONTENT_KINDS, KINDS, type CollectionOf, type ContentKind } from './lib/kinds/index.ts';

type KindCollections = { [K in ContentKind as CollectionOf<K>]: { loader: KindLoader<K> } };

/** One collection per kind of the table, filled by the qms loader; data is already validated by the schemas in `schemas/`. */
export const collections = {
	...(Object.fromEntries(
		CONTENT_KINDS.map((kind) => [KINDS[kind].collection, defineCollection({ loader: qmsLoader(kind) })]),
	) as KindCollections),
	/** Every issue of every controlled document, read from git; not part of the open-data export. */
	history: defineCollection({ loader: historyLoader() }),
	/** Files held back for their document errors, and the compliance findings; not part of the open-data export. */
	publication: defineCollection({ loader: publicationLoader() }),
};
