// Zod schemas for the technology radar: content/radar/radar.yaml and the front matter of each blip file.
import { z } from 'zod';
import { isoDateSchema } from '../shared/dates';
import { httpUrlSchema } from '../shared/urls';

/** Rings from the centre outwards: the order defines "moved in" (towards adopt) and "moved out". */
export const RING_IDS = ['adopt', 'trial', 'assess', 'hold'] as const;
export type RingId = (typeof RING_IDS)[number];

/** A history entry may also take a blip off the radar. */
export const HISTORY_RINGS = [...RING_IDS, 'retired'] as const;
export type HistoryRing = (typeof HISTORY_RINGS)[number];

export const LINK_TYPES = ['adr', 'pilot-report', 'dpia', 'security', 'accessibility', 'cost', 'docs'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Ids become URL segments (`/radar/quadrants/<id>/`), so keep them to lower-case words and hyphens. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Edition ids such as `2026-10` (or a full date when a radar is published more than once a month). */
export const EDITION_ID_RE = /^\d{4}-\d{2}(?:-\d{2})?$/;

const text = z.string().trim().min(1);

/** A string matching `re`; a refinement (not .regex) so the message is ours alone. */
const matching = (re: RegExp, message: string) => z.string().refine((s) => re.test(s), { message });

const slug = (what: string) =>
  matching(
    SLUG_RE,
    `{found} is not a valid ${what} id: use lower-case letters, digits and single hyphens, e.g. "languages-and-frameworks"`,
  );

export const quadrantSchema = z.strictObject({
  id: slug('quadrant'),
  name: text,
  description: text,
});
export type Quadrant = z.output<typeof quadrantSchema>;

const criteria = z.array(text).min(1);

export const ringSchema = z.strictObject({
  id: z.enum(RING_IDS),
  name: text,
  description: text,
  entryCriteria: criteria,
  exitCriteria: criteria,
});
export type Ring = z.output<typeof ringSchema>;

/** An edition is prepared as a draft (built only in previews) and published once, with its date. */
export const EDITION_STATES = ['draft', 'published'] as const;
export type EditionState = (typeof EDITION_STATES)[number];

/**
 * A radar edition. `state` defaults to `published`, so radar.yaml files written before editions had a state read
 * as they always did. A published edition needs its publication `date` and a `summary`; a draft may leave both
 * out (its `date` is the planned one) until `npm run radar -- edition publish` sets them.
 */
export const editionSchema = z
  .strictObject({
    id: matching(EDITION_ID_RE, '{found} is not a valid edition id: expected YYYY-MM (or YYYY-MM-DD), e.g. "2026-10"'),
    state: z.enum(EDITION_STATES).default('published'),
    date: isoDateSchema.optional(),
    title: text,
    summary: z.string().trim().default(''),
  })
  .superRefine((e, ctx) => {
    if (e.state !== 'published') return;
    if (e.date === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: 'is required for a published edition: the date it was published (YYYY-MM-DD); an edition still in preparation has state: draft',
      });
    if (e.summary === '')
      ctx.addIssue({
        code: 'custom',
        path: ['summary'],
        message: 'is required for a published edition: say in a sentence or two what changed in it',
      });
  });
export type Edition = z.output<typeof editionSchema>;

export const isDraft = (e: { state: EditionState }): boolean => e.state === 'draft';

/**
 * The one order of editions, oldest first: published editions by date, then drafts by planned date (undated drafts
 * last), ties by id. History entries must follow it, and the latest published edition is the current radar.
 */
export function compareEditions(a: Pick<Edition, 'id' | 'state' | 'date'>, b: Pick<Edition, 'id' | 'state' | 'date'>): number {
  const rank = (e: Pick<Edition, 'state'>) => (e.state === 'draft' ? 1 : 0);
  const key = (e: Pick<Edition, 'date'>) => e.date ?? '\uffff';
  return rank(a) - rank(b) || cmp(key(a), key(b)) || cmp(a.id, b.id);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const radarConfigSchema = z
  .strictObject({
    title: text.optional(),
    quadrants: z.array(quadrantSchema),
    rings: z.array(ringSchema),
    // Empty, or drafts only, while a first radar is being written: its pages are built once an edition is published
    // (radarPublished in src/lib/site/areas.ts). Requiring one published edition here left `npm run radar` unable to
    // start a radar at all (a new adopter's trial, 3 December 2026).
    editions: z.array(editionSchema),
  })
  .superRefine((cfg, ctx) => {
    // The radar is drawn as four quadrants; more or fewer cannot be laid out or exported to BYOR/Zalando.
    if (cfg.quadrants.length !== 4)
      ctx.addIssue({
        code: 'custom',
        path: ['quadrants'],
        message: `has ${cfg.quadrants.length} quadrant${cfg.quadrants.length === 1 ? '' : 's'}: the radar needs exactly 4`,
      });
    dupes(cfg.quadrants.map((q) => q.id)).forEach(([i, id]) =>
      ctx.addIssue({ code: 'custom', path: ['quadrants', i, 'id'], message: `quadrant id "${id}" is used twice` }),
    );
    dupes(cfg.rings.map((r) => r.id)).forEach(([i, id]) =>
      ctx.addIssue({ code: 'custom', path: ['rings', i, 'id'], message: `ring "${id}" is defined twice` }),
    );
    const missing = RING_IDS.filter((id) => !cfg.rings.some((r) => r.id === id));
    if (missing.length)
      ctx.addIssue({
        code: 'custom',
        path: ['rings'],
        message: `ring${missing.length > 1 ? 's' : ''} ${missing.join(', ')} missing: the radar needs adopt, trial, assess and hold`,
      });
    dupes(cfg.editions.map((e) => e.id)).forEach(([i, id]) =>
      ctx.addIssue({ code: 'custom', path: ['editions', i, 'id'], message: `edition "${id}" is listed twice` }),
    );
    const published = cfg.editions.filter((e) => e.state === 'published' && e.date !== undefined);
    // A draft comes after every published edition, so publishing it never rewrites an edition already out.
    const latest = published.reduce<(typeof published)[number] | undefined>((m, e) => (m && m.date! >= e.date! ? m : e), undefined);
    cfg.editions.forEach((e, i) => {
      if (e.state === 'draft' && latest && e.date !== undefined && e.date < latest.date!)
        ctx.addIssue({
          code: 'custom',
          path: ['editions', i, 'date'],
          message: `"${e.date}" is before the published edition ${latest.id} (${latest.date}): a draft edition is planned after the latest published one`,
        });
    });
  });
export type RadarConfig = z.output<typeof radarConfigSchema>;

function dupes(ids: string[]): Array<[number, string]> {
  const seen = new Set<string>();
  const out: Array<[number, string]> = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push([i, id]);
    seen.add(id);
  });
  return out;
}

export const blipLinkSchema = z.strictObject({
  type: z.enum(LINK_TYPES),
  title: text,
  url: httpUrlSchema,
});
export type BlipLink = z.output<typeof blipLinkSchema>;

export const historyEntrySchema = z.strictObject({
  edition: z.string().min(1),
  ring: z.enum(HISTORY_RINGS),
  /** Required in published editions (load.ts); a draft edition may record a move whose reason is still to come. */
  reason: z.string().trim().default(''),
  approved_by: z.string().trim().default(''),
  adr: matching(/^ADR-\d+$/, '{found} is not an ADR reference: expected ADR-<number>, e.g. "ADR-014"').optional(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;

/**
 * Blip front matter. Cross-references (quadrant, editions, replaced_by) and "at least one history entry"
 * are checked after the schema by the loader, which knows the radar config and all blip ids.
 */
export const blipFrontMatterSchema = z.strictObject({
  title: text,
  quadrant: z.string().min(1),
  tags: z.array(text).default([]),
  owner: text,
  review_by: isoDateSchema.optional(),
  replaced_by: z.string().min(1).optional(),
  links: z.array(blipLinkSchema).default([]),
  /**
   * Facts the radar has no field for, as name → text (e.g. `pros`, `usedBy` columns from an imported BYOR file).
   * Shown on the blip page as a list, in the order written; text only, never Markdown or HTML.
   */
  details: z.record(z.string().trim().min(1), text).default({}),
  history: z.array(historyEntrySchema),
});
export type BlipFrontMatter = z.output<typeof blipFrontMatterSchema>;
