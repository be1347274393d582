import { relative, sep } from 'node:path';
import { documentKind } from '../kinds/index.ts';
import { classifyPath, type FileKind } from '../load/classify.ts';
import { todayInVietnam } from '../text/dates.ts';
import { readControlKeys } from './control-keys.ts';
import type { Git } from './git.ts';
import { readLog, type LogCommit } from './log.ts';

/** One issue (lần ban hành) of a document as git recorded it. */
export interface IssueVersion {
	issue: number;
	/** The commit on the main line where the document first carried this issue number. */
	commit: string;
	/** Date of that commit, `YYYY-MM-DD` in Vietnam. */
	date: string;
	/** The last commit in which this issue was current (later edits without a new issue number). */
	lastCommit: string;
	/** Path relative to the content folder at `lastCommit`. */
	file: string;
	/** File text at `lastCommit`, NFC. */
	text: string;
}

/** Every issue of one document, oldest first, followed across renames. */
export interface DocumentHistory {
	kind: FileKind;
	agency: string;
	/** Path relative to the content folder in the newest commit. */
	file: string;
	code: string;
	issues: IssueVersion[];
}

export type HistoryResult =
	| { available: true; documents: Map<string, DocumentHistory> }
	| { available: false; reason: 'no-git' | 'shallow'; documents: Map<string, DocumentHistory> };

/**
 * Reads every document's issues from the repository holding `contentRoot`: one `git log` for the
 * whole folder and one `git cat-file --batch` for all the file versions it names. The result is
 * keyed by the document's current path (relative to the content folder).
 */
export async function readHistory(contentRoot: string, git: Git): Promise<HistoryResult> {
	const empty = new Map<string, DocumentHistory>();
	const topOutput = await git.run(['rev-parse', '--show-toplevel'], contentRoot);
	if (topOutput === undefined) return { available: false, reason: 'no-git', documents: empty };
	const top = topOutput.toString('utf8').trim();
	const shallow = (await git.run(['rev-parse', '--is-shallow-repository'], top))?.toString('utf8').trim();
	if (shallow === 'true') return { available: false, reason: 'shallow', documents: empty };

	const prefix = relative(top, contentRoot).split(sep).join('/');
	const toContent = (path: string): string | undefined =>
		prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
	const commits = await readLog(git, top, prefix === '' ? 'agencies' : `${prefix}/agencies`);
	const isDocument = (path: string): boolean => {
		const inContent = toContent(path);
		return inContent !== undefined && documentKind(classifyPath(inContent).kind) !== undefined;
	};
	const specs = commits.flatMap((commit) =>
		commit.changes.filter((change) => change.status !== 'D' && isDocument(change.path)).map((change) => `${commit.hash}:${change.path}`),
	);
	const blobs = await git.readBlobs(specs, top);
	return { available: true, documents: followDocuments(commits, blobs, toContent, isDocument) };
}

interface Lineage {
	history: DocumentHistory;
}

function followDocuments(
	commits: readonly LogCommit[],
	blobs: ReadonlyMap<string, string>,
	toContent: (path: string) => string | undefined,
	isDocument: (path: string) => boolean,
): Map<string, DocumentHistory> {
	const byPath = new Map<string, Lineage>();
	// A document deleted and added again under another name in a later commit (a move git did not
	// pair as a rename) is found again by its agency and code.
	const removed = new Map<string, Lineage>();
	for (const commit of commits) {
		const date = todayInVietnam(new Date(commit.date));
		for (const change of commit.changes) {
			if (!isDocument(change.path) && !(change.from !== undefined && isDocument(change.from))) continue;
			if (change.status === 'D') {
				const lineage = byPath.get(change.path);
				byPath.delete(change.path);
				if (lineage !== undefined) removed.set(`${lineage.history.agency}/${lineage.history.code}`, lineage);
				continue;
			}
			const text = blobs.get(`${commit.hash}:${change.path}`);
			const file = toContent(change.path);
			if (text === undefined || file === undefined) continue;
			const { kind, agency = '' } = classifyPath(file);
			const { code, issue } = readControlKeys(text.normalize('NFC'));
			let lineage = change.from === undefined ? byPath.get(change.path) : byPath.get(change.from);
			if (change.from !== undefined) byPath.delete(change.from);
			if (lineage === undefined) {
				lineage = removed.get(`${agency}/${code}`) ?? { history: { kind, agency, file, code, issues: [] } };
				removed.delete(`${agency}/${code}`);
			}
			byPath.set(change.path, lineage);
			Object.assign(lineage.history, { file, kind, agency, code: code === '' ? lineage.history.code : code });
			if (issue === undefined) continue;
			const last = lineage.history.issues.at(-1);
			const version = { commit: commit.hash, lastCommit: commit.hash, date, file, text: text.normalize('NFC'), issue };
			if (last !== undefined && last.issue === issue) Object.assign(last, { lastCommit: commit.hash, file, text: version.text });
			else lineage.history.issues.push(version);
		}
	}
	const documents = new Map<string, DocumentHistory>();
	for (const lineage of byPath.values()) documents.set(lineage.history.file, lineage.history);
	return documents;
}
