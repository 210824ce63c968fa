/** A required field of the step left empty, named as the form labels it. */
export interface MissingField {
  element: HTMLElement;
  /** The field's label, after the label of the group it is in ("Child 1: Birth date"). */
  name: string;
}

function labelText(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  const label = element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.name;
  return label.replace(/\s*\*\s*$/, '').trim();
}

/**
 * The required fields shown in `root` that are still empty, in the order of the form: what
 * "Next" asks for before leaving a step. Fields hidden under a closed "more facts" are not asked.
 */
export function missingRequiredFields(root: HTMLElement | null): MissingField[] {
  if (!root) return [];
  const fields = root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    'input[required], select[required], textarea[required]',
  );
  const missing: MissingField[] = [];
  for (const element of fields) {
    if (element.value.trim() !== '' || element.disabled) continue;
    if (element.checkVisibility && !element.checkVisibility()) continue;
    const groups: string[] = [];
    const GROUP = 'fieldset, [role="group"][aria-label]';
    for (let at = element.parentElement?.closest(GROUP); at; at = at.parentElement?.closest(GROUP)) {
      const name = at.getAttribute('aria-label') ?? at.querySelector(':scope > legend')?.textContent;
      if (name?.trim()) groups.unshift(name.trim());
    }
    missing.push({ element, name: [...groups.slice(-1), labelText(element)].join(': ') });
  }
  return missing;
}
