import { describe, expect, it } from 'vitest';
import { riskMatrix, riskRating } from './risk-matrix';
import type { Risk } from './schema';

const risk = (id: string, likelihood: Risk['likelihood'], impact: Risk['impact']): Risk => ({
  id,
  description: `Risk ${id}`,
  likelihood,
  impact,
  mitigation: 'Watch it.',
  owner: 'Release manager',
  status: 'open',
});

describe('riskRating', () => {
  it('multiplies 1–3 scores: 1–2 low, 3–4 medium, 6–9 high', () => {
    expect(riskRating('low', 'low')).toBe('low'); // 1
    expect(riskRating('low', 'medium')).toBe('low'); // 2
    expect(riskRating('high', 'low')).toBe('medium'); // 3
    expect(riskRating('medium', 'medium')).toBe('medium'); // 4
    expect(riskRating('medium', 'high')).toBe('high'); // 6
    expect(riskRating('high', 'high')).toBe('high'); // 9
  });
});

describe('riskMatrix', () => {
  it('puts each risk in its likelihood × impact cell, high impact first, low likelihood on the left', () => {
    const m = riskMatrix([risk('R1', 'medium', 'high'), risk('R2', 'low', 'medium'), risk('R3', 'medium', 'high')]);
    expect(m.map((row) => row.impact)).toEqual(['high', 'medium', 'low']);
    expect(m.map((row) => row.cells.map((c) => c.risks.map((r) => r.id).join('+') || '-'))).toEqual([
      ['-', 'R1+R3', '-'],
      ['R2', '-', '-'],
      ['-', '-', '-'],
    ]);
    expect(m[0].cells.map((c) => `${c.likelihood}/${c.rating}`)).toEqual(['low/medium', 'medium/high', 'high/high']);
    expect(m[2].cells.map((c) => c.rating)).toEqual(['low', 'low', 'medium']);
  });

  it('is an empty grid with no risks', () => {
    expect(riskMatrix([]).flatMap((r) => r.cells).every((c) => c.risks.length === 0)).toBe(true);
  });
});
