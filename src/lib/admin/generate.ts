import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { CmsSettingsSchema } from '../../../schemas/cms.ts';
import type { Corpus } from '../load/corpus.ts';
import { loadCorpus } from '../load/index.ts';
import { adminConfig, corpusInputs, renderAdminConfig, UNCONFIGURED_BACKEND, type HostedSettings } from './config.ts';

/** The hosted editor's settings file, at the repository root. */
export const CMS_SETTINGS_FILE = 'cms.yaml';

/** A cms.yaml that does not read, or an agency that does not exist; its message says what to fix. */
export class AdminConfigError extends Error {}

/** The settings of cms.yaml in `root`, or the unconfigured ones when there is none. */
export async function readHostedSettings(root: string): Promise<HostedSettings> {
	let text: string;
	try {
		text = await readFile(join(root, CMS_SETTINGS_FILE), 'utf8');
	} catch {
		return UNCONFIGURED_BACKEND;
	}
	let value: unknown;
	try {
		value = parse(text);
	} catch (error) {
		throw new AdminConfigError(`${CMS_SETTINGS_FILE}: lỗi cú pháp YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	const result = CmsSettingsSchema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new AdminConfigError(
			`${CMS_SETTINGS_FILE}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'không hợp lệ'}. Xem docs/editor.md.`,
		);
	}
	return result.data as HostedSettings;
}

/** Options of the generated configuration. */
export interface GenerateOptions {
	/** decap-server's port for local editing (default LOCAL_BACKEND.port). */
	localPort?: number;
	/** A single-agency site (`qms build --agency`): only that agency's collections. */
	agency?: string;
	/** The corpus already loaded from `content` (by `qms build`), so it is not read again. */
	corpus?: Corpus;
}

/**
 * config.yml of the editor for the content folder `content` of the repository at `root`: the
 * collections from the schemas, the choices from the content's catalogues, the backend from cms.yaml.
 */
export async function generateAdminConfig(root: string, content: string, options: GenerateOptions = {}): Promise<string> {
	const [corpus, hosted] = await Promise.all([options.corpus ?? loadCorpus(content), readHostedSettings(root)]);
	const contentPath = relative(root, content).split(sep).join('/') || '.';
	const { agencies, choices } = corpusInputs(corpus);
	const shown = options.agency === undefined ? agencies : agencies.filter((agency) => agency.id === options.agency);
	if (shown.length === 0 && options.agency !== undefined)
		throw new AdminConfigError(`Không có cơ quan "${options.agency}". Các mã cơ quan: ${agencies.map((agency) => agency.id).join(', ')}.`);
	return renderAdminConfig(
		adminConfig({
			contentPath,
			agencies: shown,
			choices,
			hosted,
			...(options.localPort === undefined ? {} : { localPort: options.localPort }),
		}),
	);
}
