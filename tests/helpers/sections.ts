import { STANDARD_SECTIONS } from '../../src/lib/markdown/sections.ts';

/** The seven standard section headings, numbered as the README writes them: "1. Mục đích" … "7. Hồ sơ cần lưu". */
export const SECTION_HEADINGS: readonly string[] = STANDARD_SECTIONS.map((section, index) => `${index + 1}. ${section.title}`);

/** A document body with the seven standard sections in order, each with one line of text. */
export const SECTIONS_BODY = SECTION_HEADINGS.map((title) => `## ${title}\n\nNội dung.\n`).join('\n');
