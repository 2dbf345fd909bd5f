import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../shared/errors';
import { bandLimits, bandRanges, formatHoursLimit, formatPerYearLimit, judge, parseDoraBands } from './bands';
import { BANDS_YAML, testBands } from './fixtures';

const FILE = 'content/kpis/dora-bands.yaml';

describe('the shipped bands file', () => {
  it('validates and holds the 2021 and 2023 reports', () => {
    const text = readFileSync(join(__dirname, '../../../content/kpis/dora-bands.yaml'), 'utf8');
    const { bands, issues } = parseDoraBands(text, FILE);
    expect(issues).toEqual([]);
    expect(bands?.available).toEqual(expect.arrayContaining([2021, 2023]));
    // Spot-check published thresholds against the reports.
    const r2023 = parseDoraBands(text, FILE, 2023).bands!.thresholds;
    expect(r2023.changeFailureRate.elite.atMostPercent).toBe(5);
    expect(r2023.leadTime.elite.lessThanHours).toBe(24);
    const r2021 = parseDoraBands(text, FILE, 2021).bands!.thresholds;
    expect(r2021.changeFailureRate.elite.atMostPercent).toBe(15);
    expect(r2021.leadTime.elite.lessThanHours).toBe(1);
  });
});

describe('judging a figure', () => {
  const b2023 = testBands(2023);
  const b2021 = testBands(2021);

  it('change failure rate limits are inclusive: 5% is elite, 5.1% high, 64% low', () => {
    expect(judge(b2023, 'changeFailureRate', 5)?.band).toBe('elite');
    expect(judge(b2023, 'changeFailureRate', 5.1)?.band).toBe('high');
    expect(judge(b2023, 'changeFailureRate', 15)?.band).toBe('medium');
    expect(judge(b2023, 'changeFailureRate', 64)).toEqual({ band: 'low', published: '64%', range: 'over 15%' });
  });

  it('gives the better band where 2021 published one range for high, medium and low', () => {
    expect(judge(b2021, 'changeFailureRate', 20)).toEqual({ band: 'high', published: '16%–30%', range: 'over 15% to 30%' });
    expect(judge(b2021, 'changeFailureRate', 31)?.band).toBe('low');
  });

  it('duration limits are strict ("less than"): exactly one day is not elite in 2023', () => {
    expect(judge(b2023, 'leadTime', 23.99)?.band).toBe('elite');
    expect(judge(b2023, 'leadTime', 24)?.band).toBe('high');
    expect(judge(b2023, 'leadTime', 720)?.band).toBe('low');
    expect(judge(b2021, 'leadTime', 5)?.band).toBe('high'); // in the gap between one hour and one day
    expect(judge(b2023, 'recoveryTime', 0.5)?.band).toBe('elite');
  });

  it('deployment frequency limits are "at least" per year', () => {
    expect(judge(b2023, 'deploymentFrequency', 365)?.band).toBe('elite');
    expect(judge(b2023, 'deploymentFrequency', 364)?.band).toBe('high');
    expect(judge(b2023, 'deploymentFrequency', 11.9)?.band).toBe('low');
    expect(judge(b2021, 'deploymentFrequency', 2)?.band).toBe('medium');
  });

  it('has no band for no data', () => {
    expect(judge(b2023, 'leadTime', null)).toBeNull();
  });
});

describe('bad bands files', () => {
  const errors = (text: string) => formatIssues(parseDoraBands(text, FILE).issues);

  it('rejects a `use:` year that is not in the file, naming file, field and line', () => {
    expect(errors(BANDS_YAML.replace('use: 2023', 'use: 2019'))).toBe(
      'content/kpis/dora-bands.yaml:2:1  use  2019 is not one of the report years in this file: 2021|2023',
    );
  });

  it('rejects a band whose limit is stricter than the band above it', () => {
    const text = BANDS_YAML.replace('high: { published: 10%, atMostPercent: 10 }', 'high: { published: 10%, atMostPercent: 4 }');
    expect(errors(text)).toBe(
      'content/kpis/dora-bands.yaml:42:7  reports.2023.changeFailureRate.high  4 is a stricter limit than elite (5): each band\'s limit must be no lower than the band above it',
    );
  });

  it('rejects a missing limit, a wrong unit key and an unsafe source URL', () => {
    const text = BANDS_YAML.replace('elite: { published: Less than one day, lessThanHours: 24 }', 'elite: { published: Less than one day, lessThanDays: 1 }').replace(
      'source: https://dora.dev/research/2021/dora-report/',
      'source: javascript:alert(1)',
    );
    expect(errors(text).split('\n')).toEqual([
      'content/kpis/dora-bands.yaml:6:5  reports.2021.source  "javascript:alert(1)" is not an allowed URL: expected an absolute http://, https:// or mailto: address',
      'content/kpis/dora-bands.yaml:36:7  reports.2023.leadTime.elite.lessThanHours  is required: add `lessThanHours: …` (a number)',
      'content/kpis/dora-bands.yaml:36:46  reports.2023.leadTime.elite.lessThanDays  unknown field "lessThanDays": remove it',
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errors('use: 2023\nreports: [\n')).toBe(
      'content/kpis/dora-bands.yaml:2:10  reports  is not valid YAML: the list that opens with "[" here is never closed: end it with "]" on the same line, or put the whole value in quotes if the "[" is part of the text',
    );
  });

  it('lets config override the file\'s choice of year', () => {
    expect(parseDoraBands(BANDS_YAML, FILE, 2021).bands?.reportYear).toBe(2021);
    expect(formatIssues(parseDoraBands(BANDS_YAML, FILE, 2020).issues)).toBe(
      'content/kpis/dora-bands.yaml:2:1  use  2020 is not one of the report years in this file: 2021|2023',
    );
  });
});

describe('band ranges in words (from the limits figures are judged by, not the reports\' single numbers)', () => {
  const b2023 = testBands(2023);
  const b2021 = testBands(2021);

  it('states a range for every band of every DORA key (2023)', () => {
    expect(bandRanges(b2023, 'changeFailureRate')).toEqual({ elite: '0–5%', high: 'over 5% to 10%', medium: 'over 10% to 15%', low: 'over 15%' });
    expect(bandRanges(b2023, 'leadTime')).toEqual({
      elite: 'less than 1 day',
      high: 'between 1 day and 1 week',
      medium: 'between 1 week and 1 month',
      low: '1 month or more',
    });
    expect(bandRanges(b2023, 'recoveryTime')).toEqual({
      elite: 'less than 1 hour',
      high: 'between 1 hour and 1 day',
      medium: 'between 1 day and 1 week',
      low: '1 week or more',
    });
    expect(bandRanges(b2023, 'deploymentFrequency')).toEqual({
      elite: 'once a day or more often',
      high: 'between once a week and once a day',
      medium: 'between once a month and once a week',
      low: 'less often than once a month',
    });
  });

  it('says when a band has no range of its own (2021 gave high and medium the same change failure rate)', () => {
    expect(bandRanges(b2021, 'changeFailureRate')).toEqual({ elite: '0–15%', high: 'over 15% to 30%', medium: 'none: same limit as high', low: 'over 30%' });
    expect(bandRanges(b2021, 'leadTime')).toEqual({
      elite: 'less than 1 hour',
      high: 'between 1 hour and 1 week',
      medium: 'between 1 week and 6 months',
      low: '6 months or more',
    });
    expect(bandRanges(b2021, 'deploymentFrequency').medium).toBe('between once every 6 months and once a month');
    expect(bandLimits(b2021, 'changeFailureRate')).toEqual([
      { band: 'elite', limit: 15, text: '15%' },
      { band: 'high', limit: 30, text: '30%' },
    ]);
  });

  it('names limits in the units the bands file uses', () => {
    expect([1, 2, 24, 48, 168, 720, 1440, 4380, 8760, 36].map(formatHoursLimit)).toEqual([
      '1 hour', '2 hours', '1 day', '2 days', '1 week', '1 month', '2 months', '6 months', '1 year', '36 hours',
    ]);
    expect([365, 52, 12, 4, 2, 1, 26].map(formatPerYearLimit)).toEqual([
      'once a day', 'once a week', 'once a month', 'once a quarter', 'once every 6 months', 'once a year', '26 times a year',
    ]);
  });
});
