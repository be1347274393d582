import { describe, expect, it } from 'vitest';
import { addMergeAttribute, readMergeAttribute } from '../../../src/lib/shards/merge.ts';
import { rendersDocument } from '../../../src/lib/shards/rendered.ts';
import { shardAgency } from '../../../src/lib/shards/shard.ts';

const FORM = '<form class="search-form" method="get" data-search-base="/" data-astro-cid-x>';

describe('merge attribute', () => {
	it('adds the indexes after the base of every search form', () => {
		expect(addMergeAttribute(`<p>${FORM}</form>${FORM}</form>`, ['a/pagefind/', 'b/pagefind/'])).toBe(
			`<p><form class="search-form" method="get" data-search-base="/" data-search-merge="a/pagefind/ b/pagefind/" data-astro-cid-x></form><form class="search-form" method="get" data-search-base="/" data-search-merge="a/pagefind/ b/pagefind/" data-astro-cid-x></form>`,
		);
	});

	it('changes nothing twice, nor without indexes, nor forms that are not search forms', () => {
		const once = addMergeAttribute(FORM, ['a/pagefind/']);
		expect(addMergeAttribute(once, ['a/pagefind/'])).toBe(once);
		expect(addMergeAttribute(FORM, [])).toBe(FORM);
		expect(addMergeAttribute('<form method="post">', ['a/pagefind/'])).toBe('<form method="post">');
	});

	it('reads back only folder paths inside the site', () => {
		expect(readMergeAttribute('a/pagefind/  b-c/pagefind/ ../x/ http://evil/ d')).toEqual(['a/pagefind/', 'b-c/pagefind/']);
		expect(readMergeAttribute(undefined)).toEqual([]);
	});
});

describe('shardAgency', () => {
	it('is the one top-level folder that names an agency of the corpus', () => {
		const agencies = new Set(['phuong-a', 'phuong-b']);
		expect(shardAgency(['_astro', 'index.html', 'pagefind', 'phuong-b'], agencies)).toBe('phuong-b');
		expect(shardAgency(['_astro', 'pagefind'], agencies)).toBeUndefined();
		expect(shardAgency(['phuong-a', 'phuong-b'], agencies)).toBeUndefined();
	});
});

describe('rendersDocument', () => {
	it('renders every document of a full build, one agency of an --agency build, none of a sharded portal', () => {
		expect(rendersDocument('agencies/phuong-a/procedures/x.md', undefined, false)).toBe(true);
		expect(rendersDocument('agencies/phuong-a/procedures/x.md', 'phuong-a', false)).toBe(true);
		expect(rendersDocument('agencies/phuong-ab/procedures/x.md', 'phuong-a', false)).toBe(false);
		expect(rendersDocument('agencies/phuong-a/procedures/x.md', undefined, true)).toBe(false);
	});
});
