import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { CmsSettingsSchema } from '../../../schemas/cms.ts';
import { loadCorpus } from '../load/index.ts';
import { adminConfig, corpusInputs, renderAdminConfig, UNCONFIGURED_BACKEND, type HostedSettings } from './config.ts';

/** The hosted editor's settings file, at the repository root. */
export const CMS_SETTINGS_FILE = 'cms.yaml';

/** A cms.yaml that does not read; its message says what to fix. */
export class CmsSettingsError extends Error {}

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
		throw new CmsSettingsError(`${CMS_SETTINGS_FILE}: lỗi cú pháp YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	const result = CmsSettingsSchema.safeParse(value);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new CmsSettingsError(`${CMS_SETTINGS_FILE}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'không hợp lệ'}. Xem docs/editor.md.`);
	}
	return result.data as HostedSettings;
}

/**
 * config.yml of the editor for the content folder `content` of the repository at `root`: the
 * collections from the schemas, the choices from the content's catalogues, the backend from cms.yaml.
 */
export async function generateAdminConfig(root: string, content: string, localPort?: number): Promise<string> {
	const [corpus, hosted] = await Promise.all([loadCorpus(content), readHostedSettings(root)]);
	const contentPath = relative(root, content).split(sep).join('/') || '.';
	return renderAdminConfig(adminConfig({ contentPath, ...corpusInputs(corpus), hosted, ...(localPort === undefined ? {} : { localPort }) }));
}
