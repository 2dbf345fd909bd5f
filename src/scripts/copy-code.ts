// Progressive enhancement for rendered Markdown: a "Copy code" button under each code block. Without JavaScript
// (or without the Clipboard API) there is no button and the code is still selectable text.
function enhance(box: HTMLElement): void {
  const pre = box.querySelector('pre');
  if (!pre || box.querySelector('.mh_code__copy')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ds_button ds_button--secondary ds_button--small mh_code__copy';
  button.textContent = 'Copy code';
  // The block's own label ("Code example 2: Rollback") tells the buttons apart for screen readers.
  const label = pre.getAttribute('aria-label');
  // In a page in another language the button's words are the site's and the section named in the label (after
  // "Code example 2: ", src/lib/markdown/rehype-content.ts) is the page's: each is marked with its own, so a screen
  // reader reads "Copy code" in English and the heading in the page's voice (a bilingual trial, 3 December 2026;
  // WCAG 2.2 SC 3.1.2).
  const site = document.documentElement.lang;
  const own = box.closest<HTMLElement>('[lang]');
  const pageLang = site && own && own !== document.documentElement ? own.lang : undefined;
  if (label) {
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    const parts = pageLang ? /^([^:]*: )(.+)$/.exec(label) : null;
    if (parts) {
      const heading = document.createElement('span');
      heading.lang = pageLang!;
      heading.textContent = parts[2];
      hidden.append(` (${parts[1]}`, heading, ')');
    } else hidden.textContent = ` (${label})`;
    button.append(hidden);
  }
  const status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.innerText.replace(/\n$/, ''));
      status.textContent = 'Code copied';
      button.firstChild!.textContent = 'Copied';
    } catch {
      status.textContent = 'Could not copy: select the code and copy it instead';
    }
    window.setTimeout(() => {
      button.firstChild!.textContent = 'Copy code';
      status.textContent = '';
    }, 3000);
  });
  if (pageLang) button.lang = status.lang = site;
  box.append(button, status);
}

if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
  document.querySelectorAll<HTMLElement>('.mh_prose .mh_code').forEach(enhance);
}
