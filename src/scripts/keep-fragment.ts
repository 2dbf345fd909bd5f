// On a redirect page (the old URL of a moved page): keep the part of the address after "#" when sending the reader
// on. A meta refresh drops it, so a partner's link to /old/#rolling-back opened the new page at its top (a gap noted
// on 1 December 2026). Module scripts run before the document's load event, and a meta refresh waits for that
// event (HTML Living Standard, "shared declarative refresh steps"), so this goes first; without JavaScript the meta
// refresh still sends the reader to the page, without the fragment.
const refresh = document.querySelector<HTMLMetaElement>('meta[http-equiv="refresh"]');
const target = refresh?.content.match(/^\s*\d+\s*;\s*url=(.+)$/i)?.[1];
if (target && location.hash) location.replace(new URL(target, location.href).pathname + location.hash);
