import type { Part, Procedure } from '../../../schemas/procedure.ts';
import { partLabel } from '../procedure/parts.ts';
import type { TthcEntry } from '../../../schemas/tthc.ts';
import { dossierChecklist, type DossierChecklist } from './checklist.ts';
import { COPY_LABELS, METHOD_LABELS, ONLINE_LABELS, twoDigits } from './labels.ts';
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
}

/** What a citizen needs first: how long, how much, what to bring, where and how to submit. */
export interface ProcedureSummary {
	/** The time as one large fact: "3 ngày làm việc", "1 – 5 ngày làm việc". */
	time: string;
	/** Per case, when the procedure has several: "Cần xác minh…: 5 ngày làm việc"; per part for one in parts: "I. Cấp xã (UBND xã): 10 ngày làm việc". */
	timeCases: Array<{ name: string; time: string }>;
	fee: string;
	fees: FeeLine[];
	/** "Tờ khai đăng ký khai sinh (bản chính)". */
	dossier: string[];
	/** "01 bộ". */
	dossierSets: string;
	reception: string;
	methods: string[];
	tthc: TthcFact[];
	result: string;
	/** What to bring, sorted for the citizen. */
	checklist: DossierChecklist;
	/** Where to submit online, when the procedure takes online dossiers. */
	online?: OnlineService;
}

/** The national public service portal, where every TTHC with an online service is submitted. */
export const NATIONAL_PORTAL = 'https://dichvucong.gov.vn/';

/** The online service of a procedure: the portal, and the TTHC codes to look for there. */
export interface OnlineService {
	href: string;
	/** "Dịch vụ công trực tuyến toàn trình" when one TTHC is fully online, else the first TTHC's level. */
	level: string;
	codes: string[];
}

export function summarizeProcedure(procedure: Procedure, catalogue: ReadonlyMap<string, TthcEntry>): ProcedureSummary {
	const cases = procedure.cases ?? [];
	return {
		time: formatTimeLimit(procedure),
		timeCases: [...cases, ...(cases.length > 0 ? [] : partsOf(procedure))].map((item) => ({ name: item.name, time: formatTimeLimitText(timeLimitOf(item) ?? { unit: 'days', amount: 0 }) })),
		fee: feeHeadline(procedure.fees),
		fees: feeLines(procedure.fees),
		dossier: procedure.dossier.map((item) => `${item.name} (${COPY_LABELS[item.copy].toLowerCase()}${item.count > 1 ? `, ${twoDigits(item.count)} bản` : ''})`),
		dossierSets: `${twoDigits(procedure.dossierSets)} bộ`,
		reception: procedure.reception,
		methods: procedure.methods.map((method) => METHOD_LABELS[method]),
		tthc: procedure.tthc.map((code) => tthcFact(code, catalogue.get(code), procedure.title)),
		result: procedure.result,
		checklist: dossierChecklist(procedure.dossier),
		...onlineOf(procedure, catalogue),
	};
}

/** The parts of a procedure in parts, named as its step table numbers them. */
function partsOf(procedure: Procedure): Array<Part & { name: string }> {
	return (procedure.parts ?? []).map((part, index) => ({ ...part, name: `${partLabel(index, part.name)}${part.agency === undefined ? '' : ` (${part.agency})`}` }));
}

function onlineOf(procedure: Procedure, catalogue: ReadonlyMap<string, TthcEntry>): { online?: OnlineService } {
	if (!procedure.methods.includes('truc-tuyen')) return {};
	const entries = procedure.tthc.map((code) => catalogue.get(code)).filter((entry) => entry !== undefined);
	const best = entries.find((entry) => entry.online === 'toan-trinh') ?? entries.find((entry) => entry.online === 'mot-phan');
	return { online: { href: NATIONAL_PORTAL, level: best === undefined ? METHOD_LABELS['truc-tuyen'] : ONLINE_LABELS[best.online], codes: [...procedure.tthc] } };
}

function tthcFact(code: string, entry: TthcEntry | undefined, fallback: string): TthcFact {
	if (entry === undefined) return { code, name: fallback, online: 'Chưa có thông tin dịch vụ công trực tuyến', fullyOnline: false };
	return { code, name: entry.name, online: ONLINE_LABELS[entry.online], fullyOnline: entry.online === 'toan-trinh', field: entry.field };
}
