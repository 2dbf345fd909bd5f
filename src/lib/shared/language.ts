// The language of the site's own words (labels, headings, messages), which every page and feed declares.

/**
 * BCP 47 tag of the engine's interface text: British English, as the UK government style guide writes it. Declared
 * as `<html lang>` on every page (WCAG 2.2 SC 3.1.1, Language of Page) and as `xml:lang` on every Atom feed (RFC 4287
 * §2, via XML 1.0 §2.12), so a screen reader or feed reader picks the right voice and hyphenation.
 */
export const SITE_LANGUAGE = 'en-GB';

/** English names of languages, as `Intl.DisplayNames` gives them (CLDR), for messages. */
const names = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' });

/** The English name of a language tag's language (`gd` → "Scottish Gaelic"), or undefined when CLDR has none. */
export function languageName(tag: string): string | undefined {
  const primary = tag.split('-')[0];
  const name = names.of(primary);
  return name && name.toLowerCase() !== primary.toLowerCase() ? name : undefined;
}

/**
 * Tags whose language an editor might write by name instead: every two-letter ISO 639-1 code CLDR names, and Scots
 * (`sco`, three letters, one of the languages of Scotland's public bodies alongside Scottish Gaelic and English).
 */
function knownTags(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const tags = ['sco'];
  for (const a of letters) for (const b of letters) if (languageName(a + b)) tags.push(a + b);
  return tags;
}

/**
 * The tag for a language written by its English name ("Gaelic", "welsh", "Scottish Gaelic"): the tags whose CLDR name
 * is the name written, or failing that has it as a word ("Gaelic" → `gd`, Scottish Gaelic). Empty when none matches.
 */
export function tagsForName(written: string): { tag: string; name: string }[] {
  const w = written.trim().toLowerCase();
  if (!w) return [];
  const all = knownTags().map((tag) => ({ tag, name: languageName(tag)! }));
  const exact = all.filter((t) => t.name.toLowerCase() === w);
  if (exact.length) return exact;
  // A language's name in itself, as its own speakers write it ("Gàidhlig", "Cymraeg", "Gaeilge"): an editor of a
  // Gaelic page wrote `lang: Gàidhlig` and was told only that it was no tag we know (a bilingual trial, 3 December
  // 2026). Compared without accents, since "Gaidhlig" is as often typed on an English keyboard.
  const own = all.filter((t) => plain(ownName(t.tag) ?? '') === plain(w));
  if (own.length) return own;
  return all.filter((t) => t.name.toLowerCase().split(/[\s-]+/).includes(w));
}

/** The language's name in that language, as CLDR gives it (`gd` → "Gàidhlig"), or undefined when it has none. */
function ownName(tag: string): string | undefined {
  if (!Intl.DisplayNames.supportedLocalesOf([tag]).length) return undefined;
  return new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
}

/** `s` lower-cased without its accents ("Gàidhlig" → "gaidhlig"), to compare names as editors type them. */
const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Examples of tags, ending every message that asks for one. */
export const LANGUAGE_EXAMPLES = 'e.g. "gd" for Scottish Gaelic, "cy" for Welsh, "ga" for Irish';

/**
 * Reads a language tag as written (a page's `lang`, a `lang` attribute in a page's HTML): a BCP 47 tag (RFC 5646)
 * whose language CLDR knows, returned in its canonical form (`GD` → `gd`, `cy-gb` → `cy-GB`, via
 * `Intl.getCanonicalLocales`). Returns `{ problem }`, the end of a message saying what to write, when it is empty,
 * when it is not a tag (a language's English name, "Gaelic", or its own, "Gàidhlig", is answered with its tag, and a
 * locale, "gd_GB", with the tag "gd-GB") or when it names no language CLDR knows.
 */
export function readLanguageTag(written: string): { tag: string } | { problem: string } {
  if (!written.trim()) return { problem: `is empty: write the language's BCP 47 tag, ${LANGUAGE_EXAMPLES}` };
  // A locale as operating systems and gettext write it (`gd_GB`): the same tag with "-" (RFC 5646 §2.1).
  if (written.includes('_')) {
    const hyphened = readLanguageTag(written.replace(/_/g, '-'));
    if ('tag' in hyphened) return { problem: `is not a language tag: write "${hyphened.tag}" (${languageName(hyphened.tag)}); a tag's parts are joined with "-", not "_"` };
  }
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(written.trim())[0];
  } catch {
    tag = undefined;
  }
  if (tag && languageName(tag)) return { tag };
  const byName = tagsForName(written);
  if (byName.length) return { problem: `is not a language tag: write ${byName.map((t) => `"${t.tag}" (${t.name})`).join(' or ')}` };
  return { problem: `is not a language tag we know: write the language's BCP 47 tag, ${LANGUAGE_EXAMPLES}` };
}

/**
 * Reads a page's `lang` as written: {@link readLanguageTag}, and the site's own language (SITE_LANGUAGE, which every
 * page already declares) is a problem too, since setting it would only hide a Word document's default (pandoc writes
 * `lang: en-US`).
 */
export function readPageLanguage(written: string): { tag: string } | { problem: string } {
  // `en_GB` (English written as a locale) and `English` (by name) are told to delete it, not to write "en-GB" or
  // "en", which are errors too.
  const read = readLanguageTag(written);
  const english = 'tag' in read ? read : readLanguageTag(written.replace(/_/g, '-'));
  const site = SITE_LANGUAGE.split('-')[0];
  const byName = 'tag' in read ? [] : tagsForName(written);
  if (('tag' in english && english.tag.split('-')[0] === site) || (byName.length > 0 && byName.every((t) => t.tag === site)))
    return {
      problem: `is the site's own language (${languageName(SITE_LANGUAGE)}, "${SITE_LANGUAGE}"), which every page already declares: delete it; set lang only on a page written in another language, ${LANGUAGE_EXAMPLES}`,
    };
  return read;
}
