import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../src/cli/run.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { VALID_FIXTURE } from '../helpers/corpus.ts';

let root: string;

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'qms-admin-config-'));
	await cp(VALID_FIXTURE, join(root, 'content'), { recursive: true });
});

afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

async function adminConfig(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(['admin-config', ...args], {
		cwd: root,
		stdout: (text) => out.push(text),
		stderr: (text) => err.push(text),
		now: () => new Date('2026-07-20T03:00:00Z'),
		loadCorpus,
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('qms admin-config', () => {
	it('prints the configuration for the content folder: local backend on loopback, the agency folder collections, the catalogue choices', async () => {
		const { code, out } = await adminConfig();
		expect(code).toBe(0);
		expect(out.split('\n')[0]).toBe(
			'# Sinh tự động từ schemas/ và danh mục trong content/ (src/lib/admin/). Không sửa tay: chạy `npm run qms -- admin-config`.',
		);
		const config = parse(out) as {
			backend: unknown;
			local_backend: unknown;
			locale: string;
			slug: unknown;
			collections: Array<{ name: string; fields?: Array<{ name: string; options?: unknown[] }> }>;
		};
		expect(config.backend).toEqual({ name: 'github', repo: 'chua-cau-hinh/xem-docs-editor-md', branch: 'main' });
		expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1', allowed_hosts: ['127.0.0.1', 'localhost'] });
		expect(config.locale).toBe('vi');
		expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
		expect(config.collections.map((collection) => collection.name)).toEqual([
			'province',
			'agency',
			'policy',
			'objectives--xa-minh-hoa',
			'procedure--xa-minh-hoa',
			'internal-process--xa-minh-hoa',
			'statistics--xa-minh-hoa',
		]);
		const tthc = config.collections[4]?.fields?.find((field) => field.name === 'tthc');
		expect(tthc?.options?.length).toBeGreaterThan(0);
	});

	it('takes the hosted backend and the editorial workflow from cms.yaml', async () => {
		await writeFile(
			join(root, 'cms.yaml'),
			'backend:\n  name: gitea\n  repo: so-tu-phap/iso\n  base_url: https://git.binhson.gov.vn\n  api_root: https://git.binhson.gov.vn/api/v1\npublish_mode: editorial_workflow\n',
		);
		const config = parse((await adminConfig()).out) as { backend: unknown; publish_mode: string };
		expect(config.backend).toEqual({
			name: 'gitea',
			repo: 'so-tu-phap/iso',
			base_url: 'https://git.binhson.gov.vn',
			api_root: 'https://git.binhson.gov.vn/api/v1',
		});
		expect(config.publish_mode).toBe('editorial_workflow');
	});

	it('says what is wrong with cms.yaml and exits 2', async () => {
		await writeFile(join(root, 'cms.yaml'), 'backend:\n  name: svn\n');
		expect(await adminConfig()).toEqual({
			code: 2,
			out: '',
			err: 'cms.yaml: backend.name: backend.name phải là một trong: github, gitlab, gitea, forgejo, git-gateway. Xem docs/editor.md.',
		});
		await writeFile(join(root, 'cms.yaml'), 'backend: [\n');
		const broken = await adminConfig();
		expect(broken.code).toBe(2);
		expect(broken.err).toMatch(/^cms\.yaml: lỗi cú pháp YAML: /);
	});

	it('keeps only the collections of one agency with --agency, as a single-agency build does', async () => {
		const config = parse((await adminConfig('--agency', 'xa-minh-hoa')).out) as { collections: Array<{ name: string }> };
		expect(config.collections.map((collection) => collection.name)).toEqual([
			'province',
			'agency',
			'policy',
			'objectives--xa-minh-hoa',
			'procedure--xa-minh-hoa',
			'internal-process--xa-minh-hoa',
			'statistics--xa-minh-hoa',
		]);
		expect(await adminConfig('--agency', 'xa-khac')).toEqual({
			code: 2,
			out: '',
			err: 'Không có cơ quan "xa-khac". Các mã cơ quan: xa-minh-hoa.',
		});
	});
});
