import type { Agency } from '../../../schemas/agency.ts';
import type { DocumentKind } from '../../lib/kinds/index.ts';
import type { IssuePage } from '../../lib/versions-view/page.ts';
import type { RoutedDocument } from '../../site/documents.ts';
import type { Site } from '../../site/site.ts';

/** What a kind's page component receives: the document, the issue to show and where. */
export interface KindPageProps<K extends DocumentKind> {
	site: Site;
	doc: RoutedDocument<K>;
	agency: Agency;
	base: string;
	page: IssuePage;
}
