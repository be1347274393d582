import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the time and memory of a `qms build` go, phase by phase (`qms build --timings`). The
 * phases follow each other: entering one ends the one before. Memory is sampled while the build
 * runs: the resident memory of this process and of every process it started (Pagefind's indexer,
 * git), since a build that fits in memory must fit with its children.
 */
export type PhaseId = 'startup' | 'read' | 'validate' | 'content' | 'bundle' | 'pages' | 'index' | 'output';

export const PHASE_LABELS: Readonly<Record<PhaseId, string>> = {
	startup: 'khởi động',
	read: 'đọc tài liệu',
	validate: 'kiểm tra tài liệu',
	content: 'nạp nội dung (Markdown, lịch sử git)',
	bundle: 'đóng gói mã trang (Vite)',
	pages: 'sinh trang',
	index: 'hoàn tất chỉ mục tìm kiếm',
	output: 'đặt kết quả vào thư mục đầu ra',
};

const ORDER = Object.keys(PHASE_LABELS) as PhaseId[];

export interface PhaseTiming {
	id: PhaseId;
	label: string;
	/** Start, in milliseconds since the process started (`performance.now()`). */
	startMs: number;
	ms: number;
	/** Largest sampled resident memory of the process tree during the phase, in bytes. */
	peakBytes: number;
	/** Start on the monotonic clock, in microseconds: the clock of V8's CPU profiles (`node --cpu-prof`). */
	monotonicStartUs: number;
}

export interface BuildTimings {
	phases: PhaseTiming[];
	totalMs: number;
	peakBytes: number;
}

export interface PhaseClock {
	/** Ends the running phase and starts `id`; a phase already reached or passed is ignored. */
	enter: (id: PhaseId) => void;
	/** Ends the last phase and the sampling. */
	stop: () => BuildTimings;
}

/**
 * Sum of the resident memory of `pid` and all its descendants, in bytes, from /proc: the children
 * of each process come from /proc/<pid>/task/<tid>/children, so a sample reads a few small files
 * rather than every process of the machine. This process alone where /proc is missing.
 */
export function treeResidentBytes(pid = process.pid): number {
	const resident = (at: number): number | undefined => {
		try {
			return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${at}/status`, 'latin1'))?.[1] ?? 0) * 1024;
		} catch {
			return undefined; // no /proc, or the process has just ended
		}
	};
	const childrenOf = (at: number): number[] => {
		try {
			return readdirSync(`/proc/${at}/task`).flatMap((task) =>
				readFileSync(`/proc/${at}/task/${task}/children`, 'latin1')
					.split(' ')
					.filter((text) => text !== '')
					.map(Number),
			);
		} catch {
			return [];
		}
	};
	const own = resident(pid);
	if (own === undefined) return pid === process.pid ? process.memoryUsage.rss() : 0;
	let total = own;
	const todo = childrenOf(pid);
	for (let at = todo.pop(); at !== undefined; at = todo.pop()) {
		total += resident(at) ?? 0;
		todo.push(...childrenOf(at));
	}
	return total;
}

/** Starts the clock with the phase `startup`, from the start of the process to now. */
export function startPhaseClock(options: { sampleMs?: number; sample?: () => number } = {}): PhaseClock {
	const sample = options.sample ?? (() => treeResidentBytes());
	const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
	// performance.now() counts from the start of the process; the monotonic clock at that instant:
	const originUs = monotonicUs() - Math.round(performance.now() * 1000);
	const done: PhaseTiming[] = [];
	let current: PhaseTiming = { id: 'startup', label: PHASE_LABELS.startup, startMs: 0, ms: 0, peakBytes: 0, monotonicStartUs: originUs };
	let peak = 0;
	const measure = () => {
		const bytes = sample();
		current.peakBytes = Math.max(current.peakBytes, bytes);
		peak = Math.max(peak, bytes);
	};
	measure();
	const timer = setInterval(measure, options.sampleMs ?? 200);
	timer.unref();
	// A phase ends at the very instant the next one starts.
	const close = (at: number) => {
		measure();
		current.ms = at - current.startMs;
		done.push(current);
	};
	let result: BuildTimings | undefined;
	return {
		enter: (id) => {
			if (result !== undefined || ORDER.indexOf(id) <= ORDER.indexOf(current.id)) return;
			const startMs = performance.now();
			close(startMs);
			current = { id, label: PHASE_LABELS[id], startMs, ms: 0, peakBytes: 0, monotonicStartUs: originUs + Math.round(startMs * 1000) };
			measure();
		},
		stop: () => {
			if (result === undefined) {
				clearInterval(timer);
				const at = performance.now();
				close(at);
				result = { phases: done, totalMs: at, peakBytes: peak };
			}
			return result;
		},
	};
}

/** `qms build --timings`: one line per phase, then the total. */
export function formatTimings(timings: BuildTimings): string {
	const width = Math.max(...timings.phases.map((phase) => phase.label.length));
	const line = (label: string, ms: number, bytes: number) =>
		`  ${label.padEnd(width)}  ${(ms / 1000).toFixed(1).padStart(6)} s  ${(bytes / 1024 ** 2).toFixed(0).padStart(6)} MiB`;
	return [
		`Thời gian dựng (bộ nhớ: đỉnh của tiến trình và các tiến trình con trong giai đoạn):`,
		...timings.phases.map((phase) => line(phase.label, phase.ms, phase.peakBytes)),
		line('tổng', timings.totalMs, timings.peakBytes),
	].join('\n');
}
