// Words and small derived facts for radar pages: movement sentences, change groups, tag keys, ADR links.
import type { BlipRecord, EditionChange, EditionView, Movement, RadarModel } from './model';
import type { BlipLink, RingId } from './schema';

/**
 * A movement in a sentence, naming the rings so it reads without the picture:
 * "New in Assess", "Moved in from Trial to Adopt", "Moved out from Adopt to Hold", "No change: stays in Adopt",
 * "Retired (was in Hold)", "Retired".
 */
export function movementSentence(
  model: RadarModel,
  movement: Movement,
  ring: RingId | 'retired',
  previousRing?: RingId,
): string {
  const name = (r: RingId) => model.ring(r).name;
  if (movement === 'retired' || ring === 'retired') return previousRing ? `Retired (was in ${name(previousRing)})` : 'Retired';
  switch (movement) {
    case 'new':
      return `New in ${name(ring)}`;
    case 'moved-in':
    case 'moved-out': {
      const verb = movement === 'moved-in' ? 'Moved in' : 'Moved out';
      return previousRing ? `${verb} from ${name(previousRing)} to ${name(ring)}` : `${verb} to ${name(ring)}`;
    }
    case 'unchanged':
      return `No change: stays in ${name(ring)}`;
  }
}

export interface ChangeGroups {
  new: EditionChange[];
  movedIn: EditionChange[];
  movedOut: EditionChange[];
  /** History entries that keep the ring (a re-affirmed decision, often with a new reason). */
  unchanged: EditionChange[];
  retired: EditionChange[];
}

/** The changes of an edition grouped by movement, each group in the view's order (quadrant, ring, title). */
export function changeGroups(view: EditionView): ChangeGroups {
  const pick = (m: Movement) => view.changes.filter((c) => c.movement === m);
  return {
    new: pick('new'),
    movedIn: pick('moved-in'),
    movedOut: pick('moved-out'),
    unchanged: pick('unchanged'),
    retired: view.retired,
  };
}

/** The key a tag is filtered by: tags compare case-insensitively (as in `tagged`), and a key never holds "|". */
export function tagKey(tag: string): string {
  return tag.trim().toLowerCase().replace(/\|/g, '-');
}

/** The value of a `data-tags` attribute: the blip's tag keys, de-duplicated, sorted, joined by "|". */
export function tagKeys(blip: BlipRecord): string {
  return [...new Set(blip.tags.map(tagKey))].sort().join('|');
}

/**
 * The tags used by the blips on the radar in one edition, each with the number of those blips carrying it,
 * sorted by key. The label is the first spelling met in blip-id order, so it is stable.
 */
export function editionTags(view: EditionView): Array<{ key: string; label: string; count: number }> {
  const byKey = new Map<string, { key: string; label: string; count: number }>();
  const entries = [...view.entries].sort((a, b) => (a.blip.id < b.blip.id ? -1 : a.blip.id > b.blip.id ? 1 : 0));
  for (const e of entries)
    for (const key of new Set(e.blip.tags.map(tagKey))) {
      const label = e.blip.tags.find((t) => tagKey(t) === key)!.trim();
      const t = byKey.get(key);
      if (t) t.count++;
      else byKey.set(key, { key, label, count: 1 });
    }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The evidence link for an ADR reference such as "ADR-014": the blip's first link of type `adr` whose title or
 * URL mentions it (as a whole reference: ADR-01 does not match ADR-014). Undefined when there is none, so the
 * page shows the reference as text.
 */
export function adrLink(blip: Pick<BlipRecord, 'links'>, adr: string): BlipLink | undefined {
  const re = new RegExp(`(^|[^A-Za-z0-9])${adr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9])`, 'i');
  return blip.links.find((l) => l.type === 'adr' && (re.test(l.title) || re.test(l.url)));
}

/** Names of the evidence link types, for headings and labels. */
export const LINK_TYPE_LABELS: Record<BlipLink['type'], string> = {
  adr: 'Architecture decision record',
  'pilot-report': 'Pilot report',
  dpia: 'Data protection impact assessment',
  security: 'Security assessment',
  accessibility: 'Accessibility assessment',
  cost: 'Cost assessment',
  docs: 'Documentation',
};

/**
 * A `details:` key as a label for people: camelCase, snake_case and kebab-case become words with the first one
 * capitalised ("usedBy" → "Used by", "time_to_value" → "Time to value"); other keys are shown as written.
 */
export function detailLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : key;
}
