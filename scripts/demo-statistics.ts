import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MonthStatistics, Statistics } from '../schemas/statistics.ts';
import { renderStatistics } from '../src/lib/statistics/yaml.ts';

/**
 * The demo's monthly dossier statistics: twelve months up to the demo's as-of month (11/2026) for
 * the two agencies in force, made up from a seeded random sequence, so running this again writes
 * the same files (tests/scripts/demo-statistics.test.ts checks the committed ones). The figures
 * are fictional; only their shape is plausible: a Sở handling about a thousand dossiers a month,
 * a ward about two thousand, online submissions growing over the year, a few dossiers late.
 */
const AGENCIES = [
	{ id: 'so-tu-phap', seed: 17, base: 1050, online: [0.55, 0.78], late: 2, carried: 96 },
	{ id: 'phuong-an-hoa', seed: 29, base: 2100, online: [0.32, 0.55], late: 4, carried: 61 },
] as const;

/** The first month of the twelve; the last is 2026-11. */
const FIRST = { year: 2025, month: 12 };

const COMMENT = [
	'Số liệu minh họa, hư cấu: sinh bởi scripts/demo-statistics.ts (npm run demo-statistics),',
	'không phải số liệu thật của cơ quan nào.',
];

/** mulberry32: a small, well-known seeded generator, so the demo does not change between runs. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

/** The months of one agency, oldest first, each carrying over what the month before left pending. */
function agencyMonths(agency: (typeof AGENCIES)[number]): Array<{ year: number; entry: MonthStatistics }> {
	const next = random(agency.seed);
	const between = (low: number, high: number): number => low + (high - low) * next();
	let carried: number = agency.carried;
	return Array.from({ length: 12 }, (_, index) => {
		const offset = FIRST.month - 1 + index;
		const year = FIRST.year + Math.floor(offset / 12);
		const month = (offset % 12) + 1;
		// Fewer dossiers around Tết (January, February), more before the year ends.
		const season = month === 1 || month === 2 ? 0.82 : month >= 10 ? 1.08 : 1;
		const received = Math.round(agency.base * season * between(0.9, 1.1));
		const online = Math.round(received * (agency.online[0] + ((agency.online[1] - agency.online[0]) * index) / 11));
		const byPost = Math.round(received * between(0.005, 0.02));
		const returned = Math.round(received * between(0.004, 0.012));
		const withdrawn = Math.round(received * between(0.001, 0.004));
		const pending = Math.round(received * between(0.08, 0.13));
		const pendingOverdue = Math.floor(between(0, 3));
		const resolved = carried + received - pending - returned - withdrawn;
		const resolvedLate = Math.floor(between(0, agency.late + 1));
		const resolvedEarly = Math.round(resolved * between(0.58, 0.7));
		const entry: MonthStatistics = {
			month,
			receivedOnline: online,
			receivedInPerson: received - online - byPost,
			receivedByPost: byPost,
			carriedOver: carried,
			resolvedEarly,
			resolvedOnTime: resolved - resolvedEarly - resolvedLate,
			resolvedLate,
			pendingWithinTime: pending - pendingOverdue,
			pendingOverdue,
			returned,
			withdrawn,
		};
		carried = pending;
		return { year, entry };
	});
}

/** Every statistics file of the demo, by path relative to the content folder, with its text. */
export function demoStatisticsFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const agency of AGENCIES) {
		const years = new Map<number, MonthStatistics[]>();
		for (const { year, entry } of agencyMonths(agency)) years.set(year, [...(years.get(year) ?? []), entry]);
		for (const [year, months] of years) {
			const data: Statistics = { year, months };
			files[`agencies/${agency.id}/statistics/${year}.yaml`] = renderStatistics(data, COMMENT);
		}
	}
	return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const content = fileURLToPath(new URL('../content/', import.meta.url));
	const files = demoStatisticsFiles();
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(content, path)), { recursive: true });
		await writeFile(join(content, path), text);
	}
	process.stdout.write(`Đã ghi ${Object.keys(files).length} tệp số liệu hồ sơ minh họa vào content/agencies/*/statistics/.\n`);
}
