import type { Random } from './random.ts';
import { CIRCUMSTANCES, OBJECTS, SUBJECTS, VERBS } from './vocabulary.ts';

/** One sentence of administrative prose: who does what to which paper, and how. */
export function sentence(random: Random): string {
	const subject = random.pick(SUBJECTS);
	const text = `${subject} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(CIRCUMSTANCES)}`;
	const tail = random.next() < 0.5 ? `, đồng thời ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(CIRCUMSTANCES)}` : '';
	return `${text}${tail}.`;
}

export function paragraph(random: Random, sentences: number): string {
	return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** Vietnamese money, `1.234.000 đồng`. */
export function dong(amount: number): string {
	return `${amount.toLocaleString('de-DE')} đồng`;
}

/** `2025-08-01` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
	const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
	return new Date(time).toISOString().slice(0, 10);
}
