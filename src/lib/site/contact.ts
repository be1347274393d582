import type { Agency } from '../../../schemas/agency.ts';

type Contact = Agency['contact'];

/** A telephone link: digits (and a leading +) in the address, the number as written but unbreakable on screen. */
export function phoneLink(phone: string): { href: string; text: string } {
	return { href: `tel:${phone.replace(/[^\d+]/g, '')}`, text: phone.trim().replace(/\s+/g, '\u00a0') };
}

/** Where a reader reports a mistake in a document: how, the link, and the words shown. */
export interface FeedbackLink {
	kind: 'email' | 'phone' | 'website';
	href: string;
	/** "stp@binhson.gov.vn", "0234 3822 415", the site's address. */
	text: string;
}

/**
 * The agency contact a reader's feedback on `documentTitle` goes to: an e-mail with the document
 * named in the subject, else the telephone, else the agency's website; undefined when the agency
 * gives none of them.
 */
export function feedbackLink(contact: Contact, documentTitle: string): FeedbackLink | undefined {
	if (contact.email !== undefined)
		return { kind: 'email', href: `mailto:${contact.email}?subject=${encodeURIComponent(`Góp ý: ${documentTitle}`)}`, text: contact.email };
	if (contact.phone !== undefined) return { kind: 'phone', ...phoneLink(contact.phone) };
	if (contact.website !== undefined) return { kind: 'website', href: contact.website, text: contact.website };
	return undefined;
}
