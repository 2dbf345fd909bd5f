// Public entry to the traceability map: schema, loader, cross-reference check, targets and the page's view.
export { COVERAGE_LEVELS, COVERAGE_MEANINGS, traceabilitySchema } from './schema';
export type { CoverageLevel, Traceability, TraceItem, TraceGroup, PageRef, Feature } from './schema';
export { loadTraceability, parseTraceability } from './load';
export type { LoadedTraceability } from './load';
export { checkTraceability } from './check';
export { traceTargets } from './targets';
export type { TracePage, TraceTargets } from './targets';
export { traceabilityView, formatCoverage } from './model';
export type { TraceabilityView, TraceGroupView, TraceItemView, TraceLink } from './model';

/** Where the generated page is published. */
export const TRACEABILITY_PATH = '/traceability/';
