// Risks placed on a likelihood × impact grid, with a rating in words, so a page can show the matrix as a table.
import { RISK_LEVELS, type RiskLevel } from './enums';
import type { Risk } from './schema';

/** A 3 × 3 rating: likelihood and impact scored 1–3 and multiplied (1–2 low, 3–4 medium, 6–9 high). */
export function riskRating(likelihood: RiskLevel, impact: RiskLevel): RiskLevel {
  const score = (RISK_LEVELS.indexOf(likelihood) + 1) * (RISK_LEVELS.indexOf(impact) + 1);
  return score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low';
}

export interface RiskMatrixCell {
  likelihood: RiskLevel;
  impact: RiskLevel;
  rating: RiskLevel;
  /** The risks in this cell, in the order the release lists them. */
  risks: Risk[];
}

export interface RiskMatrixRow {
  impact: RiskLevel;
  /** Likelihood low → high, left to right. */
  cells: RiskMatrixCell[];
}

/** Rows from high impact down to low, columns from low likelihood up to high, as risk matrices are usually drawn. */
export function riskMatrix(risks: readonly Risk[]): RiskMatrixRow[] {
  return [...RISK_LEVELS].reverse().map((impact) => ({
    impact,
    cells: RISK_LEVELS.map((likelihood) => ({
      likelihood,
      impact,
      rating: riskRating(likelihood, impact),
      risks: risks.filter((r) => r.likelihood === likelihood && r.impact === impact),
    })),
  }));
}
