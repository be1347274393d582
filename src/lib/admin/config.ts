import { stringify } from 'yaml';
import type { Corpus } from '../load/index.ts';
import { adminCollections, type AdminAgency, type DecapCollection } from './collections.ts';
import type { CatalogueName, Choice, FieldOptions } from './fields.ts';

/** The address decap-server listens on for `npm run edit`: loopback only. */
export const LOCAL_BACKEND = { host: '127.0.0.1', port: 8081 } as const;

/** Where the documents are stored when the editor runs on a web server (cms.yaml, see docs/editor.md). */
export interface HostedSettings {
	backend: Record<string, unknown>;
	publish_mode?: 'editorial_workflow';
}

/** Without cms.yaml the hosted editor names no repository; the local editor needs none. */
export const UNCONFIGURED_BACKEND: HostedSettings = {
	backend: { name: 'github', repo: 'chua-cau-hinh/xem-docs-editor-md', branch: 'main' },
};

/** What the editor's configuration is made of besides the schemas. */
export interface AdminInputs {
	/** The content folder relative to the repository root, with `/` (`content`). */
	contentPath: string;
	agencies: readonly AdminAgency[];
	choices: FieldOptions['choices'];
	hosted: HostedSettings;
	/** The port of decap-server for local editing. */
	localPort?: number;
}

/** The agencies and catalogue choices of a corpus, in the corpus's order. */
export function corpusInputs(corpus: Corpus): { agencies: AdminAgency[]; choices: Record<CatalogueName, Choice[]> } {
	const agencies = corpus.agencies.map((folder) => ({ id: folder.id, name: folder.agency?.data.name ?? folder.id }));
	return {
		agencies,
		choices: {
			tthc: corpus.tthc.map(({ data }) => ({ value: data.code, label: `${data.code} — ${data.name}` })),
			legal: corpus.legal.map(({ data }) => ({ value: data.number, label: `${data.number} — ${data.title}` })),
			agency: agencies.map((agency) => ({ value: agency.id, label: `${agency.id} — ${agency.name}` })),
		},
	};
}

/** The whole Decap CMS configuration (https://decapcms.org/docs/configuration-options/). */
export function adminConfig(inputs: AdminInputs): Record<string, unknown> & { collections: DecapCollection[] } {
	return {
		...inputs.hosted,
		local_backend: {
			url: `http://${LOCAL_BACKEND.host}:${inputs.localPort ?? LOCAL_BACKEND.port}/api/v1`,
			allowed_hosts: [LOCAL_BACKEND.host, 'localhost'],
		},
		locale: 'vi',
		// Forms are attached by path (`forms/bm-01.docx`); uploads through the editor land here for an officer to move.
		media_folder: `${inputs.contentPath}/tai-len`,
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: adminCollections(inputs.contentPath, inputs.agencies, { choices: inputs.choices }),
	};
}

/** config.yml: generated, so it says where from; without YAML aliases, which Decap's parser allows only 100 of. */
export function renderAdminConfig(config: Record<string, unknown>): string {
	const header =
		'# Sinh tự động từ schemas/ và danh mục trong content/ (src/lib/admin/). Không sửa tay: chạy `npm run qms -- admin-config`.\n';
	return `${header}${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
