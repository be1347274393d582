import type { Finding } from '../findings/finding.ts';
import type { HistoryResult, IssueVersion } from '../history/read-history.ts';
import { AGENCY_KINDS, DOCUMENT_KINDS, type AgencyKind } from '../kinds/index.ts';
import { classifyPath } from '../load/classify.ts';
import { parseCorpus, type AgencyFolder, type Corpus } from '../load/corpus.ts';
import { validateCorpus } from '../validate/index.ts';

/** The kinds of file whose errors hold back what they describe: those of the agency folder. */
export type HeldBackKind = AgencyKind;

/** A document or statistics file whose current text has document errors, or an agency whose agency.yaml has. */
export interface HeldBack {
	/** The file with the errors, relative to the content folder. */
	file: string;
	agency: string;
	kind: HeldBackKind;
	/**
	 * The issue published in its place: the newest one git recorded that has no document error
	 * (read and checked like the current files); null when there is none and the document is left
	 * out. Always null for an agency, which is left out with all its documents, and for a statistics
	 * file, which is left out of the figures.
	 */
	shown: { issue: number; commit: string; date: string } | null;
	/** The document errors that hold it back. */
	findings: Finding[];
}

/** What a lenient build publishes. */
export interface Publication {
	/** The corpus the site is built from: current texts without errors, past issues, nothing else. */
	corpus: Corpus;
	/** Sorted by file. */
	heldBack: HeldBack[];
	/** The compliance findings of the corpus: the quality system late or incomplete, for the dashboards. */
	compliance: Finding[];
	/**
	 * The errors of a province.yaml that cannot be read (or is missing): every page carries the
	 * province's name, code pattern and demo flag. The site is not built while there are any. Other
	 * errors in it (grade bands) hold nothing back: they are printed, and grades are shown as the
	 * bands give them.
	 */
	siteErrors: Finding[];
}

const DOCUMENTS: ReadonlySet<string> = new Set(DOCUMENT_KINDS);
const HELD_BACK_KINDS: ReadonlySet<string> = new Set(AGENCY_KINDS);

/** Whether `findings` hold back a controlled document, so `selectPublication` needs the git history. */
export function needsHistory(findings: readonly Finding[]): boolean {
	return findings.some((finding) => finding.severity === 'error' && DOCUMENTS.has(classifyPath(finding.file).kind));
}

/**
 * Chooses what to publish. A controlled document whose current text has document errors is
 * replaced by its newest issue in `history` that has none, judged in the whole corpus as published
 * (so a past issue citing a document no longer in the registry does not come back); without one it
 * is left out. An agency whose agency.yaml has errors is left out with its documents. Errors in a
 * catalogue hold nothing back themselves: an entry that fails its schema is not loaded, a duplicate
 * is not used, and the documents citing them are held back by their own reference errors. A
 * statistics file with errors is left out of the figures.
 * `findings` are those of `corpus` at `asOf`; the choice depends on them and `history` only.
 */
export function selectPublication(
	corpus: Corpus,
	findings: readonly Finding[],
	asOf: string,
	history: HistoryResult | undefined,
): Publication {
	const siteErrors =
		corpus.province === undefined
			? findings.filter((finding) => finding.severity === 'error' && classifyPath(finding.file).kind === 'province')
			: [];
	const chosen = new Map<string, { next: number; version: IssueVersion | undefined }>();
	const dropped = new Set<string>();
	const reasons = new Map<string, Finding[]>();
	let published = corpus;
	let current = findings;
	for (;;) {
		let progress = false;
		for (const [file, errors] of errorsByFile(current)) {
			const { kind, agency } = classifyPath(file);
			if (agency === undefined || dropped.has(agency) || !HELD_BACK_KINDS.has(kind)) continue;
			if (!reasons.has(file)) reasons.set(file, errors);
			if (kind === 'agency') {
				dropped.add(agency);
				progress = true;
			} else {
				// Statistics files have no issues in the history: one with errors is left out.
				const issues = history?.documents.get(file)?.issues ?? [];
				const next = chosen.get(file)?.next ?? 0;
				chosen.set(file, { next: next + 1, version: issues[issues.length - 1 - next] });
				progress = true;
			}
		}
		if (!progress) break;
		published = substitute(corpus, chosen, dropped);
		current = validateCorpus(published, { asOf });
	}
	const compliance = findings.filter((finding) => finding.severity === 'compliance');
	return { corpus: published, heldBack: heldBackList(reasons, chosen, dropped), compliance, siteErrors };
}

function errorsByFile(findings: readonly Finding[]): Map<string, Finding[]> {
	const byFile = new Map<string, Finding[]>();
	for (const finding of findings)
		if (finding.severity === 'error') byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
	return byFile;
}

function heldBackList(
	reasons: ReadonlyMap<string, Finding[]>,
	chosen: ReadonlyMap<string, { version: IssueVersion | undefined }>,
	dropped: ReadonlySet<string>,
): HeldBack[] {
	const list: HeldBack[] = [];
	for (const [file, findings] of reasons) {
		const { kind, agency = '' } = classifyPath(file);
		if (kind !== 'agency' && dropped.has(agency)) continue;
		const version = chosen.get(file)?.version;
		const shown = version === undefined ? null : { issue: version.issue, commit: version.commit, date: version.date };
		list.push({ file, agency, kind: kind as HeldBackKind, shown, findings });
	}
	return list.sort((a, b) => compare(a.file, b.file));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** `corpus` with the agencies in `dropped` left out and each chosen file replaced by its past issue, or left out. */
function substitute(
	corpus: Corpus,
	chosen: ReadonlyMap<string, { version: IssueVersion | undefined }>,
	dropped: ReadonlySet<string>,
): Corpus {
	const gone = (file: string): boolean => chosen.has(file) || dropped.has(classifyPath(file).agency ?? '');
	const past = parseCorpus(
		[...chosen].flatMap(([file, { version }]) => (version === undefined ? [] : [{ path: file, text: version.text }])),
	);
	const pastFolders = new Map(past.agencies.map((folder) => [folder.id, folder]));
	const agencies = corpus.agencies
		.filter((folder) => !dropped.has(folder.id))
		.map((folder) => replaceInFolder(folder, pastFolders.get(folder.id), gone));
	return { ...corpus, agencies, findings: [...corpus.findings.filter((finding) => !gone(finding.file)), ...past.findings] };
}

function replaceInFolder(folder: AgencyFolder, past: AgencyFolder | undefined, gone: (file: string) => boolean): AgencyFolder {
	const keep = <T extends { file: string }>(own: readonly T[], from: readonly T[] = []): T[] =>
		[...own.filter((doc) => !gone(doc.file)), ...from].sort((a, b) => compare(a.file, b.file));
	const { policy: ownPolicy, ...rest } = folder;
	const policy = past?.policy ?? (ownPolicy !== undefined && !gone(ownPolicy.file) ? ownPolicy : undefined);
	return {
		...rest,
		...(policy === undefined ? {} : { policy }),
		objectives: keep(folder.objectives, past?.objectives),
		procedures: keep(folder.procedures, past?.procedures),
		internal: keep(folder.internal, past?.internal),
		statistics: keep(folder.statistics),
		invalid: keep(folder.invalid, past?.invalid),
	};
}
