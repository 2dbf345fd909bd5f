// The KPI policy page quotes the DORA bands: its tables must say what content/kpis/dora-bands.yaml says.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANDED_METRICS, BANDS, loadDoraBands, type DoraBands } from '../../src/lib/kpis/bands';
import { IS_SAMPLE } from './is-sample';

const root = path.resolve(__dirname, '../..');
const PAGE = 'content/handbook/strategy/kpis-and-reporting.mdx';
// Read only when content/ is the sample: read at load, they failed the whole suite once content/ held another
// handbook, before skipIf could skip it (found by replacing content/ with a fixture handbook, 2 December 2026).
const text = IS_SAMPLE ? fs.readFileSync(path.join(root, PAGE), 'utf8') : '';
const bands = (IS_SAMPLE ? loadDoraBands(root) : undefined) as DoraBands;

/** Rows (cells) of the first Markdown table after `marker`, header and divider left out. */
function tableAfter(marker: RegExp): string[][] {
  const at = text.search(marker);
  expect(at, `${PAGE} has no ${marker}`).toBeGreaterThanOrEqual(0);
  const lines = text.slice(at).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

const bandName = (b: string) => b.charAt(0).toUpperCase() + b.slice(1);
const hours = (h: number) => `under ${h} ${h === 1 ? 'hour' : 'hours'}`;

describe.skipIf(!IS_SAMPLE)(`${PAGE}`, () => {
  it('states the bands of the report year the site judges against', () => {
    expect(text).toContain(`For the ${bands.reportYear} report the bands are`);
    expect(text).toContain(`the ${bands.reportYear} report the low and medium groups overlap`);
  });

  it("quotes each band's published wording exactly", () => {
    const t = bands.thresholds;
    const expected = BANDS.map((b) => [bandName(b), ...BANDED_METRICS.map((m) => t[m][b].published)]);
    expect(tableAfter(/For the \d{4} report the bands are/)).toEqual(expected);
  });

  it('gives the numeric limit the dashboards apply for each band', () => {
    const t = bands.thresholds;
    const expected = (['elite', 'high', 'medium'] as const).map((b) => [
      bandName(b),
      `at least ${t.deploymentFrequency[b].atLeastPerYear} a year`,
      hours(t.leadTime[b].lessThanHours),
      `at most ${t.changeFailureRate[b].atMostPercent}%`,
      hours(t.recoveryTime[b].lessThanHours),
    ]);
    expected.push(['Low', 'anything else', 'anything else', 'anything else', 'anything else']);
    expect(tableAfter(/judge each figure against a limit per band/)).toEqual(expected);
  });
});
