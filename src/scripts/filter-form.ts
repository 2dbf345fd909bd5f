// Shared progressive enhancement for filter forms: apply on change, submit and reset, then reveal the form.

/** Wires `apply` to the form's events and shows the form, which stays hidden without JavaScript. */
export function enhanceFilterForm(form: HTMLFormElement, apply: () => void, applyNow: boolean): void {
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  // The reset event fires before the fields are cleared.
  form.addEventListener('reset', () => setTimeout(apply, 0));
  form.hidden = false;
  if (applyNow) apply();
}
