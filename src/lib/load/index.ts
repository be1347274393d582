import { parseCorpus, type Corpus } from './corpus.ts';
import { readContentTree } from './read-tree.ts';

export type { AgencyFolder, Corpus, LoadedDocument } from './corpus.ts';
export { parseCorpus } from './corpus.ts';
export { readContentTree, type SourceFile } from './read-tree.ts';

/** Reads and parses a content folder: the one path by which both the CLI and the site read documents. */
export async function loadCorpus(root: string): Promise<Corpus> {
	return parseCorpus(await readContentTree(root));
}
