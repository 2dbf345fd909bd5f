// The sections a blip's page (/radar/blips/<id>/) shows under its description, with their anchors: one list for the
// page template and the content check, which holds a link such as /radar/blips/kubernetes/#history to what the page
// will show. The description's own headings come from its Markdown (the check reads those from the body).
import { replacing, type BlipRecord, type RadarModel } from './model';
import { shownSections, type PageSection } from '../shared/page-section';

/** The template's sections of `blip`'s page, in page order, each only when the blip has something to show there. */
export function blipPageSections(model: RadarModel, blip: BlipRecord): PageSection[] {
  return shownSections([
    { id: 'replaces', text: 'What it replaces', show: replacing(model, blip.id).length > 0 },
    { id: 'details', text: 'Details', show: Object.keys(blip.details).length > 0 },
    { id: 'history', text: 'History', show: true },
    { id: 'evidence', text: 'Evidence and links', show: true },
    { id: 'tags', text: 'Tags', show: blip.tags.length > 0 },
  ]);
}
