import type { SearchKind } from '../kinds/index.ts';
import type { AgencyLevel } from '../../../schemas/agency.ts';
import type { ObjectiveResult, Objective } from '../../../schemas/objectives.ts';
import type { DossierFigures } from '../statistics/dossiers.ts';

export type { DossierFigures } from '../statistics/dossiers.ts';

/**
 * The figures of `qms report --format json`. Keys are stable English names; dates are
 * `YYYY-MM-DD`; percentages are numbers rounded to one decimal (80 for 216 of 270), `null` when
 * there is nothing to divide by.
 */
export interface Report {
	/** The date every figure is judged at. */
	asOf: string;
	/** The year whose quality objectives must exist (the as-of year). */
	year: number;
	/** The period whose new document issues are counted. */
	period: Period;
	province: { name: string | null; secretariat: string | null };
	/** Every agency in force at the as-of date, added up. */
	totals: Totals;
	/** The same sums per agency level, in the order cap-tinh, so-nganh, cap-xa, cap-huyen; empty levels left out. */
	levels: LevelTotals[];
	/** One entry per agency in force, by level then name. */
	agencies: AgencyFigures[];
}

/** A closed range of dates, both ends included. */
export interface Period {
	from: string;
	to: string;
}

export interface Totals {
	agencies: number;
	tthc: { assigned: number; covered: number; percent: number | null };
	/** Agencies with a quality policy in force. */
	withPolicy: number;
	/** Agencies with objectives for the report year. */
	withObjectives: number;
	/** Agencies with every required internal process. */
	withAllInternal: number;
	/** Required internal processes missing, over all agencies. */
	internalMissing: number;
	auditWithinInterval: number;
	reviewWithinInterval: number;
	redeclarationDue: number;
	/** Citations of a changed legal document, over all procedures. */
	legalOutdated: number;
	/** Those past the 3-month limit. */
	legalLate: number;
	/** New document issues in the period. */
	documentsChanged: number;
	/** Dossiers of the period, added up over the agencies (pending: at the end of the period). */
	dossiers: DossierFigures;
	/** Agencies that sent the statistics of the report month ("đơn vị đã gửi báo cáo"). */
	reportingSent: number;
	/** Agencies inspected, and how many got each grade, in the order of the province's bands; "" for a score no band grades. */
	inspections: { inspected: number; byGrade: Array<{ grade: string; agencies: number }> };
	/** The report year's quality objectives, over all agencies, by their latest result. */
	objectiveResults: { met: number; notMet: number; notMeasured: number };
}

export interface LevelTotals {
	level: AgencyLevel;
	totals: Totals;
}

/** A controlled document of an agency; `slug` is its file name without `.md`. */
export interface DocumentRef {
	kind: DocumentKind;
	slug: string;
	code: string;
	title: string;
	issue: number;
	issued: string;
	effective: string;
}

/** A controlled document's kind as the figures name it: its search name (src/lib/kinds/table.ts). */
export type DocumentKind = SearchKind;

/** A TTHC by code; `name` comes from the catalogue, `null` when the catalogue lacks the code. */
export interface TthcRef {
	code: string;
	name: string | null;
}

export interface CoverageFigures {
	assigned: number;
	covered: number;
	percent: number | null;
	/** Assigned TTHC with at least one issued procedure, with those procedures by slug, then code. */
	coveredTthc: Array<TthcRef & { procedures: Array<{ slug: string; code: string }> }>;
	uncovered: TthcRef[];
}

export interface InternalFigures {
	/** Required entries of the catalogue. */
	required: number;
	present: Array<{ id: string; name: string; slug: string; code: string }>;
	missing: Array<{ id: string; name: string }>;
}

/** The last internal audit or management review held on or before the as-of date. */
export interface EventFigures {
	last: string | null;
	record: string | null;
	/** Twelve months after `last`. */
	due: string | null;
	/** True when held and the as-of date is not past `due`. */
	withinInterval: boolean;
}

/** Why a declaration (công bố lại) is due. */
export type RedeclarationReason = 'never-declared' | 'tthc-added' | 'tthc-removed' | 'renamed' | 'merged';

export interface DeclarationFigures {
	last: { decision: string; date: string; kind: 'cong-bo' | 'cong-bo-lai' } | null;
	redeclarationDue: boolean;
	reasons: RedeclarationReason[];
	/** Codes assigned now but not in the last declaration. */
	added: string[];
	/** Codes in the last declaration no longer assigned. */
	removed: string[];
	/** Agencies this one succeeded whose end date is after the last declaration. */
	mergedFrom: string[];
}

/** One procedure citing a legal document that was replaced, amended or has expired. */
export interface LegalFigure {
	procedure: { slug: string; code: string; title: string };
	/** The cited number. */
	cited: string;
	/** Numbers of the documents that brought the change. */
	by: string[];
	/** Vietnamese, e.g. "đã bị thay thế bởi 35/2026/QĐ-UBND có hiệu lực". */
	description: string;
	/** The day the change took effect. */
	since: string;
	/** Three months after `since`. */
	deadline: string;
	daysSince: number;
	late: boolean;
}

/** One month of the dossier trend; `figures` is null when the agency sent no statistics for it. */
export interface MonthDossiers {
	/** `YYYY-MM`. */
	month: string;
	figures: DossierFigures | null;
}

/** The latest inspection by the provincial steering committee, with its grade under the province's bands. */
export interface InspectionFigures {
	date: string;
	score: number;
	/** `null` when the province's bands grade no such score. */
	grade: string | null;
	body: string;
	mode: 'truc-tiep' | 'qua-bao-cao';
	record: string;
}

/** One quality objective with its latest measured result; `met` is null when not yet measured. */
export interface ObjectiveStatus {
	indicator: string;
	target: number;
	unit: string;
	bound: Objective['bound'];
	latest: ObjectiveResult | null;
	met: boolean | null;
}

export interface ObjectiveFigures {
	met: number;
	notMet: number;
	notMeasured: number;
	items: ObjectiveStatus[];
}

export interface AgencyFigures {
	id: string;
	name: string;
	shortName: string | null;
	level: AgencyLevel;
	coverage: CoverageFigures;
	policy: { present: boolean; document: DocumentRef | null };
	objectives: { year: number; present: boolean; document: DocumentRef | null };
	internal: InternalFigures;
	audit: EventFigures;
	review: EventFigures;
	declaration: DeclarationFigures;
	legal: { outdated: LegalFigure[]; late: number };
	/** Document issues dated in the period, oldest first. */
	changes: DocumentRef[];
	/** Dossiers of the months the period touches. */
	dossiers: DossierFigures;
	/** Whether the agency sent the statistics of the report month (`YYYY-MM`, the period's last month). */
	reporting: { month: string; sent: boolean };
	/** The twelve months up to the report month, oldest first. */
	dossierTrend: MonthDossiers[];
	/** The latest inspection on or before the as-of date. */
	inspection: InspectionFigures | null;
	/** The objectives of the report year's document in effect (none when there is no such document). */
	objectiveResults: ObjectiveFigures;
}
