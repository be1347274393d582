import type { DocumentControl } from '../../../schemas/document-control.ts';
import type { LegalDocument } from '../../../schemas/legal.ts';
import { formName, listedForms, type Form, type Procedure } from '../../../schemas/procedure.ts';
import type { TthcEntry } from '../../../schemas/tthc.ts';
import { formatDateVi } from '../text/dates.ts';
import { COPY_LABELS, twoDigits } from './labels.ts';
import { legalBasisRows, type LegalBasisRow } from './legal.ts';
import { formPagePath, isMarkdownForm } from './forms.ts';
import { formPath, isPublishableForm } from './routes.ts';
import { stepTables, type StepTable } from './steps.ts';
import { summarizeProcedure, type ProcedureSummary } from './summary.ts';

export interface DossierRow {
	number: number;
	name: string;
	/** "Bản chính", "Bản sao"; absent when the source does not say which kind. */
	copy?: string;
	count: string;
	/** "Nộp khi thuộc trường hợp", "Xuất trình, không nộp"; absent for a paper every applicant submits. */
	need?: string;
	/** The form to use: its code, or its title when it has none; absent for a paper with no form or forms not stated (`formsStated`). */
	form?: { label: string; href?: string };
	note?: string;
}

const NEED_LABELS = {
	'theo-truong-hop': 'Chỉ nộp khi thuộc trường hợp ghi chú',
	'xuat-trinh': 'Xuất trình để đối chiếu, không nộp',
} as const;

export interface FormLink {
	/** Absent for a form the source names only by title. */
	code?: string;
	title: string;
	/** Download address; absent when there is no file or its type is not published (a page or script). */
	href?: string;
	/** "DOCX", "PDF", "MD"; empty when there is no file. */
	type: string;
	/** "Mẫu số 01 ban hành kèm theo Thông tư số 04/2020/TT-BTP": the legal document that defines the form. */
	source?: string;
	/** The printable page of a Markdown form. */
	view?: string;
}

/** The document-control facts, dates written the Vietnamese way. */
export interface ControlView {
	code: string;
	issue: number;
	issued: string;
	effective: string;
	/** Name and title are absent for a signer the document does not record (a drafter of a migrated document). */
	signers: Array<{ role: string; name?: string; title?: string }>;
	/** The revision log; `href` links an issue's page, `warning` says what does not match git's record. */
	revisions: Array<{ issue: number; date: string; part: string; description: string; href?: string; warning?: string }>;
	/** The issue the log starts at when the issues before it are kept outside this system (a log migrated from Word). */
	logStartsAt?: number | undefined;
}

export interface ProcedureView {
	summary: ProcedureSummary;
	/** Absent when the procedure does not state its dossier. */
	dossier?: DossierRow[];
	steps: StepTable[];
	legal: LegalBasisRow[];
	/** Absent when the procedure does not state its forms; empty for `forms: khong`. */
	forms?: FormLink[];
	control: ControlView;
}

export interface ProcedureContext {
	base: string;
	agency: string;
	tthc: ReadonlyMap<string, TthcEntry>;
	legal: ReadonlyMap<string, LegalDocument>;
	/** Form files the build publishes (`<agency>/<file>`); when given, other forms get no link (a past issue's removed form). */
	forms?: ReadonlySet<string>;
	/** The build's day (`qms build --as-of`), on which fee periods are read. */
	today: string;
}

/** Everything a procedure page shows, prepared from the procedure's data. */
export function procedureView(procedure: Procedure, context: ProcedureContext): ProcedureView {
	const forms = formLinks(listedForms(procedure.forms), context);
	// A paper names its form by code, or by title when the form has none (see the reference rule).
	const hrefByName = new Map(forms.map((form): [string, string | undefined] => [formName(form), form.view ?? form.href]));
	return {
		summary: summarizeProcedure(procedure, context.tthc, context.today),
		...dossierRows(procedure.dossier, hrefByName),
		steps: stepTables(procedure),
		legal: legalBasisRows(procedure.legalBases ?? [], context.legal),
		...(procedure.forms === undefined ? {} : { forms }),
		control: controlView(procedure),
	};
}

function dossierRows(dossier: Procedure['dossier'], hrefByName: ReadonlyMap<string, string | undefined>): { dossier?: DossierRow[] } {
	if (dossier === undefined) return {};
	return {
		dossier: dossier.map((item, index) => {
			const href = item.form === undefined ? undefined : hrefByName.get(item.form);
			return {
				number: index + 1,
				name: item.name,
				...(item.copy === undefined ? {} : { copy: COPY_LABELS[item.copy] }),
				count: twoDigits(item.count),
				...(item.need === 'bat-buoc' ? {} : { need: NEED_LABELS[item.need] }),
				...(item.form === undefined ? {} : { form: { label: item.form, ...(href === undefined ? {} : { href }) } }),
				...(item.note === undefined ? {} : { note: item.note }),
			};
		}),
	};
}

export function formLinks(forms: readonly Form[], context: Pick<ProcedureContext, 'base' | 'agency' | 'forms'>): FormLink[] {
	const published = (file: string | undefined): file is string =>
		file !== undefined && isPublishableForm(file) && (context.forms?.has(`${context.agency}/${file}`) ?? true);
	return forms.map((form) => ({
		...(form.code === undefined ? {} : { code: form.code }),
		title: form.title,
		type: (/\.([a-z0-9]+)$/i.exec(form.file ?? '')?.[1] ?? '').toUpperCase(),
		...(published(form.file) ? { href: formPath(context.base, context.agency, form.file) } : {}),
		...(published(form.file) && isMarkdownForm(form.file) ? { view: formPagePath(context.base, context.agency, form.file) } : {}),
		...(form.source === undefined ? {} : { source: form.source }),
	}));
}

export function controlView(doc: DocumentControl): ControlView {
	return {
		code: doc.code,
		issue: doc.issue,
		issued: formatDateVi(doc.issued),
		effective: formatDateVi(doc.effective),
		signers: [
			{ role: 'Người soạn thảo', ...(doc.drafted ?? {}) },
			{ role: 'Người xem xét', ...(doc.reviewed ?? {}) },
			{ role: 'Người phê duyệt', ...doc.approved },
		],
		revisions: doc.revisions.map((revision) => ({ ...revision, date: formatDateVi(revision.date) })),
		...((doc.revisions[0]?.issue ?? 1) > 1 ? { logStartsAt: doc.revisions[0]?.issue } : {}),
	};
}
