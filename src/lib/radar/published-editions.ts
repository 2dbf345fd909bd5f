// The radar's published editions read straight from radar.yaml's text, without validating the rest: for what must
// know them before (or without) loading the radar — which areas a build has, and what a pull request publishes.
import { parse as parseYaml } from 'yaml';

/**
 * The published editions listed in radar.yaml `text`, id → title (undefined when it has none), in file order. An
 * edition is published when its `state` is `published` or left out (the schema's default, src/lib/radar/schema.ts).
 * Undefined when the text is not YAML or has no `editions` list: the content check reports such a file. Never throws.
 */
export function publishedEditionsOf(text: string): Map<string, string | undefined> | undefined {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return undefined;
  }
  const editions = (data as { editions?: unknown } | null | undefined)?.editions;
  if (!Array.isArray(editions)) return undefined;
  const out = new Map<string, string | undefined>();
  for (const e of editions as ({ id?: unknown; title?: unknown; state?: unknown } | null)[])
    if (e && (typeof e.id === 'string' || typeof e.id === 'number') && (e.state ?? 'published') === 'published')
      out.set(String(e.id), typeof e.title === 'string' ? e.title : undefined);
  return out;
}
