import { defineCollection } from 'astro:content';
import { historyLoader } from './content/history-loader.ts';
import { qmsLoader } from './content/loader.ts';
import { publicationLoader } from './content/publication-loader.ts';

/** Every collection is filled by the qms loader; data is already validated by the schemas in `schemas/`. */
export const collections = {
	province: defineCollection({ loader: qmsLoader('province') }),
	catalogue: defineCollection({ loader: qmsLoader('catalogue') }),
	tthc: defineCollection({ loader: qmsLoader('tthc') }),
	legal: defineCollection({ loader: qmsLoader('legal') }),
	agencies: defineCollection({ loader: qmsLoader('agencies') }),
	policies: defineCollection({ loader: qmsLoader('policies') }),
	objectives: defineCollection({ loader: qmsLoader('objectives') }),
	procedures: defineCollection({ loader: qmsLoader('procedures') }),
	internal: defineCollection({ loader: qmsLoader('internal') }),
	statistics: defineCollection({ loader: qmsLoader('statistics') }),
	/** Every issue of every controlled document, read from git; not part of the open-data export. */
	history: defineCollection({ loader: historyLoader() }),
	/** Files held back for their document errors, and the compliance findings; not part of the open-data export. */
	publication: defineCollection({ loader: publicationLoader() }),
};
