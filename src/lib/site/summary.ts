import type { Part, Procedure } from '../../../schemas/procedure.ts';
import { partLabel } from '../procedure/parts.ts';
import { tthcLevels, type TthcEntry } from '../../../schemas/tthc.ts';
import { dossierChecklist, type DossierChecklist } from './checklist.ts';
import { copyWords, METHOD_LABELS, ONLINE_LABELS, TTHC_LEVEL_LABELS, twoDigits } from './labels.ts';
import { feeHeadline, feeLines, type FeeLine } from './money.ts';
import { formatTimeLimitText, timeLimitOf } from '../procedure/time.ts';
import { formatTimeLimit } from './steps.ts';

/** One TTHC a procedure covers, with its online service level, for the summary. */
export interface TthcFact {
	code: string;
	/** The TTHC's name, or the procedure title when the code is not in the catalogue. */
	name: string;
	online: string;
	/** True when the whole procedure can be done online (toàn trình). */
	fullyOnline: boolean;
	field?: string;
	/** "Cấp tỉnh, cấp xã": the levels it is carried out at. */
	levels?: string;
	/** The address of its online service, from the catalogue. */
	url?: string;
}

/** What a citizen needs first: how long, how much, what to bring, where and how to submit. */
export interface ProcedureSummary {
	/** The time as one large fact: "3 ngày làm việc", "1 – 5 ngày làm việc". */
	time: string;
	/** When the time starts: "Kể từ ngày nhận đủ hồ sơ hợp lệ.", or the procedure's own `from`; absent for cases and parts that do not state one. */
	start?: string;
	/** Per case, when the procedure has several: "Cần xác minh…: 5 ngày làm việc"; per part for one in parts: "I. Cấp xã (UBND xã): 10 ngày làm việc". */
	timeCases: Array<{ name: string; time: string }>;
	/** The fee on the build's day; absent when the procedure does not state its fees. */
	fee?: string;
	fees: FeeLine[];
	/** "Tờ khai đăng ký khai sinh (bản chính)"; empty when the dossier is not stated. */
	dossier: string[];
	/** "01 bộ". */
	dossierSets: string;
	/** Absent when not stated. */
	reception?: string;
	/** Empty when not stated. */
	methods: string[];
	tthc: TthcFact[];
	/** Absent when not stated. */
	result?: string;
	/** What to bring, sorted for the citizen; absent when the dossier is not stated. */
	checklist?: DossierChecklist;
	/** Where to submit online, when the procedure takes online dossiers. */
	online?: OnlineService;
}

/** The national public service portal, where a TTHC with no address of its own in the catalogue is looked up by code. */
export const NATIONAL_PORTAL = 'https://dichvucong.gov.vn/';

/** Where to submit online: the TTHC's own service address, or the national portal and the codes to look for there. */
export interface OnlineService {
	href: string;
	/** "Dịch vụ công trực tuyến toàn trình" when one TTHC is fully online, else the first TTHC's level. */
	level: string;
	/** True when `href` is the national portal, where the citizen looks up `codes`. */
	portal: boolean;
	codes: string[];
}

/** The procedure's summary on `today` (`YYYY-MM-DD`), the day fee periods are read on. */
export function summarizeProcedure(procedure: Procedure, catalogue: ReadonlyMap<string, TthcEntry>, today: string): ProcedureSummary {
	const cases = procedure.cases ?? [];
	const fee = feeHeadline(procedure.fees, today);
	return {
		time: formatTimeLimit(procedure),
		...startOf(procedure),
		timeCases: [...cases, ...(cases.length > 0 ? [] : partsOf(procedure))].map((item) => ({
			name: item.name,
			time: formatTimeLimitText(timeLimitOf(item) ?? { unit: 'days', amount: 0 }),
		})),
		...(fee === undefined ? {} : { fee }),
		fees: feeLines(procedure.fees, today),
		dossier: (procedure.dossier ?? []).map((item) => {
			const copy = copyWords(item);
			return copy === '' ? item.name : `${item.name} (${copy})`;
		}),
		dossierSets: `${twoDigits(procedure.dossierSets)} bộ`,
		...(procedure.reception === undefined ? {} : { reception: procedure.reception }),
		methods: (procedure.methods ?? []).map((method) => METHOD_LABELS[method]),
		tthc: procedure.tthc.map((code) => tthcFact(code, catalogue.get(code), procedure.title)),
		...(procedure.result === undefined ? {} : { result: procedure.result }),
		...(procedure.dossier === undefined ? {} : { checklist: dossierChecklist(procedure.dossier) }),
		...onlineOf(procedure, catalogue),
	};
}

/** "Từ khi nhận thông tin." from the procedure's `from`; the complete dossier when it has no cases or parts to list instead. */
function startOf(procedure: Procedure): { start?: string } {
	if (procedure.from !== undefined)
		return { start: `${procedure.from.charAt(0).toUpperCase()}${procedure.from.slice(1)}${/[.!?]$/.test(procedure.from) ? '' : '.'}` };
	return (procedure.cases ?? []).length === 0 && (procedure.parts ?? []).length === 0 ? { start: 'Kể từ ngày nhận đủ hồ sơ hợp lệ.' } : {};
}

/** The parts of a procedure in parts, named as its step table numbers them. */
function partsOf(procedure: Procedure): Array<Part & { name: string }> {
	return (procedure.parts ?? []).map((part, index) => ({
		...part,
		name: `${partLabel(index, part.name)}${part.agency === undefined ? '' : ` (${part.agency})`}`,
	}));
}

/**
 * The online service of a procedure that takes online dossiers: the address the catalogue gives
 * for its best-served TTHC (toàn trình before một phần), else the national portal with the codes.
 */
function onlineOf(procedure: Procedure, catalogue: ReadonlyMap<string, TthcEntry>): { online?: OnlineService } {
	if (procedure.methods?.includes('truc-tuyen') !== true) return {};
	const entries = procedure.tthc.map((code) => catalogue.get(code)).filter((entry) => entry !== undefined);
	const ranked = [
		...entries.filter((entry) => entry.online === 'toan-trinh'),
		...entries.filter((entry) => entry.online === 'mot-phan'),
		...entries,
	];
	const best = ranked.find((entry) => entry.online !== undefined && entry.online !== 'khong');
	const level = best?.online === undefined || best.online === 'khong' ? METHOD_LABELS['truc-tuyen'] : ONLINE_LABELS[best.online];
	const own = ranked.find((entry) => entry.url !== undefined);
	if (own?.url !== undefined) return { online: { href: own.url, level, portal: false, codes: [own.code] } };
	return { online: { href: NATIONAL_PORTAL, level, portal: true, codes: [...procedure.tthc] } };
}

function tthcFact(code: string, entry: TthcEntry | undefined, fallback: string): TthcFact {
	if (entry === undefined) return { code, name: fallback, online: UNKNOWN_ONLINE, fullyOnline: false };
	const levels = tthcLevels(entry).map((level, index) => (index === 0 ? TTHC_LEVEL_LABELS[level] : TTHC_LEVEL_LABELS[level].toLowerCase()));
	return {
		code,
		name: entry.name,
		online: entry.online === undefined ? UNKNOWN_ONLINE : ONLINE_LABELS[entry.online],
		fullyOnline: entry.online === 'toan-trinh',
		field: entry.field,
		levels: levels.join(', '),
		...(entry.url === undefined ? {} : { url: entry.url }),
	};
}

const UNKNOWN_ONLINE = 'Chưa có thông tin dịch vụ công trực tuyến';
