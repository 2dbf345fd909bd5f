import { describe, expect, it } from 'vitest';
import { mediaType } from './media-types.mjs';

describe('mediaType', () => {
  it('serves pictures, documents and the build’s own formats as what they are', () => {
    expect(mediaType('/_astro/escalation-path.DYzcv78z_a0PV3.webp')).toBe('image/webp');
    expect(mediaType('/files/rota.pdf')).toBe('application/pdf');
    expect(mediaType('/files/Form.DOCX')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(mediaType('/releases/schedule.ics')).toBe('text/calendar; charset=utf-8');
    expect(mediaType('/index.html')).toBe('text/html; charset=utf-8');
    expect(mediaType('/api/releases.json')).toBe('application/json; charset=utf-8');
    expect(mediaType('/feed.xml')).toBe('application/xml; charset=utf-8');
    expect(mediaType('/_astro/app.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaType('/brand/logo.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(mediaType('/favicon.ico')).toBe('image/x-icon');
  });
  it('leaves unknown kinds, such as the search index’s files, as bytes', () => {
    expect(mediaType('/pagefind/fragment/en_1a2b.pf_fragment')).toBe('application/octet-stream');
    expect(mediaType('/files/notes')).toBe('application/octet-stream');
  });
});
