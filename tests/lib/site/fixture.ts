import { loadCorpus } from '../../../src/lib/load/index.ts';
import { VALID_FIXTURE } from '../../helpers/corpus.ts';
import type { LegalDocument, TthcEntry } from '../../../schemas/index.ts';

/** The valid fixture corpus, parsed by the real loader, with the lookups pages use. */
export async function fixtureSite() {
	const corpus = await loadCorpus(VALID_FIXTURE);
	const folder = corpus.agencies.find((item) => item.id === 'xa-minh-hoa');
	const procedure = folder?.procedures[0]?.data;
	const agency = folder?.agency?.data;
	if (folder === undefined || procedure === undefined || agency === undefined) throw new Error('fixture xa-minh-hoa is incomplete');
	const tthc = new Map<string, TthcEntry>(corpus.tthc.map((doc) => [doc.data.code, doc.data]));
	const legal = new Map<string, LegalDocument>(corpus.legal.map((doc) => [doc.data.number, doc.data]));
	return { corpus, folder, agency, procedure, tthc, legal };
}
