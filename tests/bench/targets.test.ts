import { describe, expect, it } from 'vitest';
import type { Run, ScenarioResult } from '../../bench/scenario.ts';
import { judgeTargets, TARGET_SCENARIOS } from '../../bench/targets.ts';

const GIB = 1024 ** 3;
const run = (wallMs: number, peakBytes = GIB): Run => ({ wallMs, peakBytes });
const timings = { phases: [], totalMs: 0, peakBytes: 0 };
const scenario = (name: string) => {
	const found = TARGET_SCENARIOS.find((entry) => entry.name === name);
	if (found === undefined) throw new Error(name);
	return found;
};

describe('judgeTargets', () => {
	it('judges every target of issue 6 from the measured runs, with the sharded peak beside the single build’s', () => {
		const results: ScenarioResult[] = [
			{
				scenario: scenario('n1000'),
				generateMs: 1,
				documents: 1170,
				markdown: { bodies: 2170, chars: 8_200_000, unifiedMs: 6800, satteriMs: 230 },
				build: { ...run(20_000), timings },
				baseline: { ...run(10_000), astro: run(8000), pagefind: run(2000) },
			},
			{
				scenario: scenario('n5000'),
				generateMs: 1,
				documents: 5170,
				build: { ...run(100_000, 4.5 * GIB), timings },
				shards: { ...run(120_000, 1.25 * GIB), jobs: [], portal: run(5000), pages: 10_364 },
			},
			{
				scenario: scenario('n1000-r5'),
				generateMs: 1,
				documents: 1170,
				history: { ...run(1300), documents: 1170, issues: 5170 },
				build: { ...run(60_000), timings },
			},
			{ scenario: scenario('validate-10000'), generateMs: 1, documents: 10_170, validate: run(5001) },
		];
		expect(judgeTargets(results)).toEqual([
			{
				status: 'FAIL',
				text: 'N=1000 R=1: qms build 20.0 s = 2.00 × baseline 10.0 s (mục tiêu ≤ 0.80 ×); riêng Markdown (một luồng): unified 6.8 s, Sätteri của baseline 0.2 s',
			},
			{ status: 'PASS', text: 'N=5000 R=1: qms build 100.0 s = 5.00 × N=1000 20.0 s (mục tiêu ≤ 5.5 ×)' },
			{ status: 'FAIL', text: 'N=5000 R=1: bộ nhớ đỉnh 4.50 GiB (mục tiêu ≤ 2 GiB); dựng theo cơ quan: đỉnh 1.25 GiB, 120.0 s' },
			{ status: 'PASS', text: 'N=1000 R=5: đọc lịch sử git 1.3 s cho 5170 lần ban hành (mục tiêu ≤ 5 s)' },
			{ status: 'PASS', text: 'N=1000 R=5: qms build 60.0 s = 3.00 × R=1 20.0 s (mục tiêu ≤ 3 ×)' },
			{ status: 'FAIL', text: 'qms validate 10170 tài liệu: 5.0 s (mục tiêu ≤ 5 s)' },
			{ status: 'SKIP', text: 'Một cơ quan 200 thủ tục ≤ 10 s (chưa chạy)' },
		]);
	});
});
