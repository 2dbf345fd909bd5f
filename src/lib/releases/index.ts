// The public API of release data: what pages, MDX components and scripts import.
export * from './schema';
export * from './version';
export * from './paths';
export { loadReleaseData, parseReleaseData, type ReleaseData, type SourceFile } from './load';
export { checkAcrossReleases, checkComponents, checkReleaseFields, checkReleaseIdentity, type ParsedRelease } from './rules';
export * from './model';
export * from './changelog';
export * from './filters';
export * from './schedule';
export * from './roadmap';
export * from './ics';
export * from './feed';
export * from './api';
export * from './json-schema';
export * from './skeleton';
export { lastRecordedInstant } from './stamp';
export { loadReleaseModel } from './site-data';
