// The language of the site's own words (labels, headings, messages), which every page and feed declares.

/**
 * BCP 47 tag of the engine's interface text: British English, as the UK government style guide writes it. Declared
 * as `<html lang>` on every page (WCAG 2.2 SC 3.1.1, Language of Page) and as `xml:lang` on every Atom feed (RFC 4287
 * §2, via XML 1.0 §2.12), so a screen reader or feed reader picks the right voice and hyphenation.
 */
export const SITE_LANGUAGE = 'en-GB';
