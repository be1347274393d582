import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { profileLines } from './profile.ts';
import type { Run, ScenarioResult } from './scenario.ts';
import type { TargetLine } from './targets.ts';

const MIB = 1024 ** 2;

export interface Machine {
	cpu: string;
	cores: number;
	memory: string;
	node: string;
	astro: string;
	pagefind: string;
	/** Load average when the run started: other work on the machine slows the wall times. */
	load: string;
}

export function describeMachine(project: string): Machine {
	const version = (name: string): string =>
		(JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
	return {
		cpu: cpus()[0]?.model ?? 'không rõ',
		cores: cpus().length,
		memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		node: process.version,
		astro: version('astro'),
		pagefind: version('pagefind'),
		load: loadavg()
			.map((value) => value.toFixed(2))
			.join(' '),
	};
}

function runLine(label: string, run: Run): string {
	const pages = run.pages === undefined ? '' : `, ${run.pages} trang, ${(run.pages / (run.wallMs / 1000)).toFixed(1)} trang/s`;
	const cpu = run.cpuMs === undefined || run.cpuMs === 0 ? '' : ` (CPU ${(run.cpuMs / 1000).toFixed(2)} s)`;
	return `${label}: ${(run.wallMs / 1000).toFixed(2)} s${cpu}${pages}, bộ nhớ đỉnh ${(run.peakBytes / MIB).toFixed(0)} MiB`;
}

/** The printed lines of one scenario: every measured run and the qms-site / baseline ratio. */
export function scenarioLines(result: ScenarioResult): string[] {
	const { scenario } = result;
	const lines = [
		`== ${scenario.name}: N=${scenario.n} R=${scenario.r} cơ quan=${scenario.agencies}${scenario.singleAgency === true ? ' (dựng một cơ quan)' : ''}, ${result.documents} tài liệu; tạo bộ tài liệu ${(result.generateMs / 1000).toFixed(1)} s`,
	];
	if (result.validate !== undefined) lines.push(runLine('qms validate', result.validate));
	if (result.history !== undefined)
		lines.push(
			`${runLine('đọc lịch sử git (readHistory)', result.history)} (bộ nhớ của tiến trình bench), ${result.history.documents} tài liệu, ${result.history.issues} lần ban hành`,
		);
	if (result.markdown !== undefined) {
		const { bodies, chars, unifiedMs, satteriMs } = result.markdown;
		const each = (ms: number) => `${(ms / 1000).toFixed(2)} s (${(ms / bodies).toFixed(2)} ms/nội dung)`;
		lines.push(
			`Markdown riêng, một luồng, ${bodies} nội dung, ${(chars / 1e6).toFixed(1)} triệu ký tự: unified (chuỗi remark/rehype của dự án) ${each(unifiedMs)}; Sätteri (mặc định của Astro 7, baseline dùng) ${each(satteriMs)}; chênh ${(unifiedMs / satteriMs).toFixed(1)} ×`,
		);
	}
	if (result.build !== undefined) {
		lines.push(runLine(`qms build${scenario.singleAgency === true ? ' --agency' : ''} (kiểm tra + trang + chỉ mục)`, result.build));
		const phases =
			result.build.profile === undefined
				? result.build.timings.phases.map(
						(phase) => `${phase.label}: ${(phase.ms / 1000).toFixed(1)} s, đỉnh ${(phase.peakBytes / MIB).toFixed(0)} MiB`,
					)
				: profileLines(result.build.profile);
		lines.push(...phases.map((line) => `  ${line}`));
	}
	if (result.rebuild !== undefined) {
		const content = result.rebuild.timings.phases.find((phase) => phase.id === 'content');
		lines.push(
			`${runLine('dựng lại sau khi sửa một quy trình (Markdown lấy từ bộ nhớ đệm)', result.rebuild)}${content === undefined ? '' : `; nạp nội dung ${(content.ms / 1000).toFixed(1)} s`}`,
		);
	}
	if (result.shards !== undefined) {
		const { jobs, portal } = result.shards;
		const slowest = Math.max(...jobs.map((job) => job.wallMs));
		lines.push(
			`${runLine(`dựng theo cơ quan (${jobs.length} việc nối tiếp + cổng chung)`, result.shards)}; việc lâu nhất ${(slowest / 1000).toFixed(2)} s`,
		);
		lines.push(`  ${runLine('trong đó cổng chung', portal)}`);
	}
	if (result.baseline !== undefined) {
		lines.push(runLine('baseline: Astro tối giản + Pagefind CLI', result.baseline));
		lines.push(`  ${runLine('trong đó Astro', result.baseline.astro)}; ${runLine('Pagefind CLI', result.baseline.pagefind)}`);
		if (result.build !== undefined)
			lines.push(
				`tỉ lệ qms-site / baseline: thời gian ${(result.build.wallMs / result.baseline.wallMs).toFixed(2)} ×, bộ nhớ ${(result.build.peakBytes / result.baseline.peakBytes).toFixed(2)} ×`,
			);
	}
	return lines;
}

export function targetLines(targets: readonly TargetLine[]): string[] {
	return targets.map((target) => `${target.status} ${target.text}`);
}

/** bench/RESULTS.md: machine, versions, the command, every figure and target line, the date. */
export function resultsMarkdown(
	machine: Machine,
	command: string,
	results: readonly ScenarioResult[],
	targets: readonly TargetLine[],
	date: Date,
): string {
	return [
		'# Kết quả đo hiệu năng (bench)',
		'',
		`Tệp này do \`npm run bench\` ghi lại sau lần chạy gần nhất; đừng sửa tay. Ngày chạy: ${date.toISOString()}.`,
		'',
		'## Máy đo',
		'',
		`- CPU: ${machine.cpu}, ${machine.cores} nhân; bộ nhớ ${machine.memory}`,
		`- Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}`,
		`- Tải trung bình của máy lúc bắt đầu (1, 5, 15 phút): ${machine.load}`,
		`- Lệnh: \`${command}\``,
		'',
		'## Số đo',
		'',
		'```text',
		...results.flatMap((result) => [...scenarioLines(result), '']),
		'```',
		...(targets.length === 0 ? [] : ['', '## Mục tiêu (issue 6)', '', '```text', ...targetLines(targets), '```']),
		'',
	].join('\n');
}
