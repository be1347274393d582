import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../lib/findings/finding.ts';
import { formatFindingsText } from '../lib/findings/format.ts';
import { systemGit } from '../lib/history/git.ts';
import { readHistory } from '../lib/history/read-history.ts';
import { publishCorpus, type HeldBack } from '../lib/publish/index.ts';
import { exportCorpus, type CorpusExport } from '../lib/load/export.ts';
import { CONTENT_KINDS, KINDS, kindRow, type ContentKind } from '../lib/kinds/index.ts';
import { loadCorpus, type Corpus } from '../lib/load/index.ts';
import { validateCorpus } from '../lib/validate/index.ts';
import { todayInVietnam } from '../lib/text/dates.ts';
import { keepsAgencyDocuments, rendersDocument } from '../lib/shards/rendered.ts';
import { buildSettings, getHandoff, type BuildHandoff } from '../lib/build/context.ts';
import { currentTexts } from '../lib/versions-view/types.ts';

/** What the site shows of a content folder: the corpus to publish, the files held back from it, the compliance findings. */
export interface SiteContent {
	corpus: Corpus;
	heldBack: readonly HeldBack[];
	compliance: readonly Finding[];
}

const loaded = new Map<string, Promise<SiteContent>>();

/** The content folder: `qms build --content`, else `content/` of the project. */
export function contentRoot(projectRoot: URL): string {
	return buildSettings().content ?? resolve(fileURLToPath(projectRoot), 'content');
}

/**
 * Reads the corpus with the same loader as `qms validate` and chooses what to publish the way
 * `qms build` does, so `astro dev` shows what the build would; stops only on errors in province.yaml.
 */
async function readSiteContent(root: string): Promise<SiteContent> {
	const corpus = await loadCorpus(root);
	const asOf = buildSettings().asOf ?? corpus.province?.data.asOf ?? todayInVietnam(new Date());
	const findings = validateCorpus(corpus, { asOf });
	const publication = await publishCorpus(corpus, findings, asOf, () => readHistory(root, systemGit));
	if (publication.siteErrors.length > 0) {
		throw new Error(`province.yaml có lỗi, chưa dựng được trang:\n${formatFindingsText(publication.siteErrors, 'content/')}`);
	}
	return publication;
}

/** The handoff of `qms build` for the content folder `root` (see `BuildHandoff`), if this build was started by it. */
export function handoffFor(root: string): BuildHandoff | undefined {
	const handed = getHandoff('build');
	return handed?.root === root ? handed : undefined;
}

/** What the site publishes of `root`, read once per build; `fresh` re-reads it (dev server after an edit). */
export function siteContentFor(root: string, fresh: boolean): Promise<SiteContent> {
	const handed = handoffFor(root);
	if (!fresh && handed !== undefined) return Promise.resolve(handed);
	let pending = loaded.get(root);
	if (pending === undefined || fresh) {
		pending = readSiteContent(root);
		loaded.set(root, pending);
	}
	return pending;
}

/** The corpus the site publishes of `root` (see `siteContentFor`). */
export async function corpusFor(root: string, fresh: boolean): Promise<Corpus> {
	return (await siteContentFor(root, fresh)).corpus;
}

/** Whether this build renders the body of `file` (a sharded portal or a single-agency build shows only some). */
export function rendersFile(file: string): boolean {
	const { agency, sharded } = buildSettings();
	return rendersDocument(file, agency, sharded);
}

/** Whether this build keeps the documents of the agency folder `folder` (a single-agency build keeps its own only). */
export function keepsFolder(folder: string): boolean {
	return keepsAgencyDocuments(folder, buildSettings().agency);
}

/** The collections that hold an agency's own documents, one file under `agencies/<folder>/` each. */
const AGENCY_DOCUMENTS = CONTENT_KINDS.filter((kind) => kindRow(kind).file.scope === 'agency' && kindRow(kind).everyAgency !== true).map((kind) => KINDS[kind].collection);

const exports = new WeakMap<Corpus, CorpusExport>();

/** The corpus grouped by collection, computed once for the nine loaders that each take one collection of it. */
function exportedOnce(corpus: Corpus): CorpusExport {
	let exported = exports.get(corpus);
	if (exported === undefined) {
		exported = exportCorpus(corpus);
		for (const name of AGENCY_DOCUMENTS) exported[name] = exported[name].filter((doc) => keepsFolder(doc.file.split('/')[1] ?? ''));
		exports.set(corpus, exported);
	}
	return exported;
}

/** A loader's store, as far as `replaceEntries` needs it. */
type EntryStore = Pick<Parameters<Loader['load']>[0]['store'], 'clear' | 'set' | 'delete'>;

/**
 * Empties `store` for the entries a load is about to set, keeping the collection itself in Astro's
 * data store: `getCollection` of a collection left out of the store prints Astro's English warning
 * "The collection … does not exist or is empty" to the officer, e.g. when no agency has statistics yet.
 */
export function replaceEntries(store: EntryStore): void {
	store.clear();
	const placeholder = '\u0000qms-empty';
	store.set({ id: placeholder, data: {} });
	store.delete(placeholder);
}

/** The content loader of a kind's collection; its schema gives the collection's entries their type. */
export type KindLoader<K extends ContentKind> = Loader & { schema: (typeof KINDS)[K]['schema'] };

/**
 * An Astro content loader for the collection of one kind of the corpus. The data it stores was
 * parsed by `schema` already; Astro takes the schema for the entries' type and does not parse again.
 */
export function qmsLoader<K extends ContentKind>(kind: K): KindLoader<K> {
	const { collection, schema } = KINDS[kind];
	return {
		name: `qms-${collection}`,
		schema,
		load: async (context) => {
			const { store, config, watcher } = context;
			const root = contentRoot(config.root);
			const render = handoffFor(root)?.render ?? ((body: string) => context.renderMarkdown(body));
			const documents = exportedOnce(await corpusFor(root, watcher !== undefined))[collection];
			// Every body is asked for at once: with qms build's workers they render on every core.
			const rendered = await Promise.all(documents.map((doc) => (doc.body.trim() === '' || !rendersFile(doc.file) ? Promise.resolve(undefined) : render(doc.body))));
			replaceEntries(store);
			// Body and HTML stay out of the content store (see currentTexts in src/lib/versions-view/types.ts);
			// the digest still covers the body, so `astro dev` sees an edit of the text alone.
			const texts = currentTexts();
			documents.forEach((doc, index) => {
				const data = doc.data as Record<string, unknown>;
				texts.set(doc.file, { body: doc.body, html: rendered[index]?.html ?? '' });
				store.set({ id: doc.id, data, filePath: `content/${doc.file}`, digest: context.generateDigest({ data, body: doc.body }) });
			});
			watcher?.add(root);
		},
	};
}
