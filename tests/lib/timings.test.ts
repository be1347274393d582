import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatTimings, startPhaseClock, treeResidentBytes, type BuildTimings } from '../../src/lib/timings.ts';

describe('treeResidentBytes', () => {
	it('counts the memory of the processes this one started', async () => {
		const alone = treeResidentBytes();
		expect(alone).toBeGreaterThan(0);
		// A child that fills 300 MB and says so once the memory is written.
		const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(300e6, 1); console.log(b.length); setInterval(() => {}, 1000)']);
		try {
			await new Promise((resolve) => child.stdout.once('data', resolve));
			const withChild = treeResidentBytes();
			expect(withChild - alone).toBeGreaterThan(300e6);
			expect(treeResidentBytes(child.pid)).toBeGreaterThan(300e6);
			expect(treeResidentBytes(child.pid)).toBeLessThan(withChild);
		} finally {
			child.kill();
		}
	});
});

describe('startPhaseClock', () => {
	it('ends each phase where the next starts, skips phases already passed and keeps each phase’s peak', async () => {
		// Sampled at the start, then at each end and each start of a phase.
		const samples = [100, 300, 200, 700, 400, 500, 250, 600];
		let next = 0;
		const clock = startPhaseClock({ sampleMs: 60_000, sample: () => samples[next++] ?? 0 });
		clock.enter('read');
		await new Promise((resolve) => setTimeout(resolve, 20));
		clock.enter('validate');
		clock.enter('read'); // passed: ignored, and takes no sample
		clock.enter('pages');
		const timings = clock.stop();
		expect(clock.stop()).toBe(timings);
		expect(timings.phases.map((phase) => [phase.id, phase.peakBytes])).toEqual([
			['startup', 300],
			['read', 700],
			['validate', 500],
			['pages', 600],
		]);
		for (const [index, phase] of timings.phases.entries()) {
			const before = timings.phases[index - 1];
			if (before !== undefined) expect(phase.startMs).toBeCloseTo(before.startMs + before.ms, 6);
			expect(phase.monotonicStartUs - (timings.phases[0]?.monotonicStartUs ?? 0)).toBeCloseTo(phase.startMs * 1000, -3);
		}
		expect(timings.phases[1]?.ms).toBeGreaterThanOrEqual(19);
		expect(timings.peakBytes).toBe(700);
		clock.enter('output');
		expect(clock.stop().phases).toHaveLength(4);
	});

	it('formats one aligned line per phase and the total, in seconds and MiB', () => {
		const timings: BuildTimings = {
			phases: [
				{ id: 'startup', label: 'khởi động', startMs: 0, ms: 250, peakBytes: 80 * 2 ** 20, monotonicStartUs: 0 },
				{ id: 'pages', label: 'sinh trang', startMs: 250, ms: 12_345, peakBytes: 1536 * 2 ** 20, monotonicStartUs: 250_000 },
			],
			totalMs: 12_600,
			peakBytes: 1536 * 2 ** 20,
		};
		expect(formatTimings(timings)).toBe(
			[
				'Thời gian dựng (bộ nhớ: đỉnh của tiến trình và các tiến trình con trong giai đoạn):',
				'  khởi động      0.3 s      80 MiB',
				'  sinh trang    12.3 s    1536 MiB',
				'  tổng          12.6 s    1536 MiB',
			].join('\n'),
		);
	});
});
