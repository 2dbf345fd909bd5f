// The published radar: radar content with every draft edition, and every history entry made in one, left out.
import type { Blip, RadarContent } from './load';
import { isDraft } from './schema';

/**
 * The content as the published site, feeds, exports and APIs see it: draft editions removed, history entries in
 * them dropped, and blips whose every entry is in a draft (added in it) left out altogether. `replaced_by` is kept
 * only when it names a published blip and is not a decision of the draft itself (the draft retires or holds the
 * blip while its published ring is neither hold nor retired). Pure; returns `content` itself when there are no drafts.
 */
export function publishedContent(content: RadarContent): RadarContent {
  const drafts = new Set(content.config.editions.filter(isDraft).map((e) => e.id));
  if (drafts.size === 0) return content;
  const kept = content.blips
    .map((b) => ({ original: b, history: b.history.filter((h) => !drafts.has(h.edition)) }))
    .filter((b) => b.history.length > 0);
  const ids = new Set(kept.map((b) => b.original.id));
  const blips = kept.map(({ original, history }): Blip => {
    const { replaced_by, ...rest } = original;
    const publishedRing = history[history.length - 1].ring;
    const draftDecision =
      original.history.some((h) => drafts.has(h.edition) && (h.ring === 'retired' || h.ring === 'hold')) &&
      publishedRing !== 'hold' &&
      publishedRing !== 'retired';
    const keep = replaced_by !== undefined && ids.has(replaced_by) && !draftDecision;
    return keep ? { ...rest, replaced_by, history } : { ...rest, history };
  });
  return { config: { ...content.config, editions: content.config.editions.filter((e) => !isDraft(e)) }, blips };
}

/**
 * Stops a feed, export or API from being built from a model that includes drafts: those outputs are the
 * published radar only, in previews too. Throws an Error naming the output.
 */
export function requirePublished(model: { includesDrafts: boolean }, what: string): void {
  if (model.includesDrafts)
    throw new Error(`${what} is made from the published radar only: build its model without includeDrafts (draft editions must never reach it)`);
}

/** The date of an edition in a published model, where every edition has one (the schema requires it). */
export function publishedDate(e: { id: string; date?: string }): string {
  if (e.date === undefined) throw new Error(`Radar edition "${e.id}" has no date: only published editions belong here`);
  return e.date;
}
