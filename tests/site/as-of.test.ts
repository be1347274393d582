import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../src/lib/load/export.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { checkLinks, formatProblems } from '../../src/lib/linkcheck/index.ts';
import { runQms, type CliResult } from '../helpers/cli.ts';
import { DEMO_CONTENT } from '../helpers/corpus.ts';
import { readSite } from '../helpers/site.ts';

const AS_OF = '2027-01-05';

describe(`the demo built on ${AS_OF}, when no agency has objectives for 2027 yet`, () => {
	let out: string;
	let build: CliResult;

	beforeAll(async () => {
		out = await mkdtemp(join(tmpdir(), 'qms-as-of-'));
		build = await runQms(['build', '--as-of', AS_OF, '--out', out]);
	}, 240_000);
	afterAll(() => rm(out, { recursive: true, force: true }));

	it('exits 0, printing the compliance findings, and holds nothing back', () => {
		expect(build.code).toBe(0);
		expect(
			build.stderr
				.split('\n')
				.filter((line) => line.includes('  chưa tuân thủ  '))
				.map((line) => line.split('  ').slice(0, 3).join('  ')),
		).toEqual([
			'content/agencies/phuong-an-hoa/agency.yaml:2:1  chưa tuân thủ  objectives-missing',
			'content/agencies/phuong-an-hoa/agency.yaml:55:5  chưa tuân thủ  review-overdue',
			'content/agencies/phuong-an-hoa/procedures/dang-ky-ket-hon.md:29:5  chưa tuân thủ  legal-outdated',
			'content/agencies/so-tu-phap/agency.yaml:2:1  chưa tuân thủ  objectives-missing',
		]);
		expect(build.stdout.trim()).toBe(`Đã dựng trang vào ${out} (4 điểm chưa tuân thủ ở trên).`);
	});

	it('builds the page of every document, with working links', async () => {
		const exported = exportCorpus(await loadCorpus(DEMO_CONTENT));
		const site = JSON.parse(await readFile(join(out, 'data/corpus.json'), 'utf8')) as unknown;
		expect(site).toEqual(JSON.parse(JSON.stringify(exported)));
		const pages = [
			...exported.procedures.map((doc) => doc.id.replace('/', '/thu-tuc/')),
			...exported.internal.map((doc) => doc.id.replace('/', '/noi-bo/')),
			...exported.objectives.map((doc) => doc.id.replace('/', '/muc-tieu/')),
			...exported.policies.map((doc) => `${doc.id.split('/')[0] ?? ''}/chinh-sach`),
		];
		expect(pages).toHaveLength(19 + 30 + 3 + 2);
		for (const page of pages) await access(join(out, page, 'index.html'));
		expect(formatProblems(checkLinks(await readSite({ dir: out, base: '/', dispose: () => Promise.resolve() })))).toBe('');
	});

	it('shows the fee in force on that day: the online reduction has ended', async () => {
		const html = await readFile(join(out, 'phuong-an-hoa/thu-tuc/cap-ban-sao-trich-luc-ho-tich/index.html'), 'utf8');
		expect(/<dt>Phí, lệ phí<\/dt><dd class="fact-value">([^<]*)<\/dd>/.exec(html)?.[1]).toBe('8.000 đồng/bản');
		expect(html).not.toContain('<strong>4.000 đồng/bản</strong>');
	});

	it('shows the 2027 objectives gap on the province and agency dashboards', async () => {
		const province = await readFile(join(out, 'bao-cao/index.html'), 'utf8');
		expect(province).toContain('Có mục tiêu chất lượng năm 2027: 0/2');
		expect(province).toContain('<h2 id="chua-tuan-thu">Điểm chưa tuân thủ (4)</h2>');
		expect(
			[...province.matchAll(/<li><a href="([^"]+#chua-tuan-thu)">([^<]+)<\/a>: (\d+)<\/li>/g)].map((match) => match.slice(1).join(' ')),
		).toEqual([
			'/so-tu-phap/bao-cao/#chua-tuan-thu Sở Tư pháp tỉnh Bình Sơn 1',
			'/phuong-an-hoa/bao-cao/#chua-tuan-thu Ủy ban nhân dân phường An Hòa 3',
		]);
		const ward = await readFile(join(out, 'phuong-an-hoa/bao-cao/index.html'), 'utf8');
		expect(ward).toContain(
			'<li><strong>Thiếu mục tiêu chất lượng của năm</strong>: Ủy ban nhân dân phường An Hòa chưa có mục tiêu chất lượng năm 2027. Tạo tệp agencies/phuong-an-hoa/objectives/2027.md. <span class="finding-where">(agencies/phuong-an-hoa/agency.yaml, dòng 2; <span class="nowrap">objectives-missing</span>)</span></li>',
		);
		for (const agency of ['phuong-an-hoa', 'so-tu-phap']) {
			const html = await readFile(join(out, agency, 'bao-cao/index.html'), 'utf8');
			expect(html).toContain(
				'Mục tiêu chất lượng năm 2027</th><td><span class="status status-warn"><span class="status-icon" aria-hidden="true">!</span> Chưa có</span></td>',
			);
			expect(html).toContain('<p>Không có tài liệu nào bị giữ lại vì lỗi.</p>');
		}
	});
});
