import type { Locator, Page } from 'playwright-core';

/** Filling the interview form as a recruiter does, for the browser tests of the interview. */

export interface Place {
  residence: string;
  country?: string;
  schoolDistrict?: string;
  city?: string;
  state?: string;
}

export async function fillPlace(scope: Locator, place: Place): Promise<void> {
  await scope.getByLabel(/^Residence/).fill(place.residence);
  if (place.country) await scope.getByLabel(/^Country/).fill(place.country);
  if (place.schoolDistrict) await scope.getByLabel(/^School district/).fill(place.schoolDistrict);
  if (place.city) await scope.getByLabel(/^City/).fill(place.city);
  if (place.state) await scope.getByLabel(/^State/).fill(place.state);
}

// The places of Scenario 2 (the contract's eligibility cases).
export const olopa: Place = {
  residence: 'Family home, Olopa',
  country: 'GT',
  city: 'Olopa',
  state: 'Chiquimula',
};
export const oaklandRelatives: Place = {
  residence: "Relatives' house, 2300 E 15th St, Oakland CA",
  schoolDistrict: 'Oakland Unified School District',
  city: 'Oakland',
  state: 'CA',
};
export const hollister: Place = {
  residence: 'Labor camp, Hollister CA',
  schoolDistrict: 'Hollister School District',
  city: 'Hollister',
  state: 'CA',
};
export const oaklandApartment: Place = {
  residence: 'Apartment 5, 1800 Fruitvale Ave, Oakland CA',
  schoolDistrict: 'Oakland Unified School District',
  city: 'Oakland',
  state: 'CA',
};

/** Add move `number` of the worker named `worker`, with the work that followed it if any. */
export async function addWorkerMove(
  page: Page,
  number: number,
  move: {
    date: string;
    from?: Place;
    to: Place;
    work?: { outcome: string; sector: string; employment: string; startDate: string; description: string };
  },
  worker = 'Joe Jellybean',
): Promise<void> {
  await page.getByRole('button', { name: 'Add a move' }).click();
  const fieldset = page.getByRole('group', { name: `Move ${number}`, exact: true });
  await fieldset.getByLabel(/^Arrival date/).fill(move.date);
  if (move.from) await fillPlace(fieldset.getByRole('group', { name: 'From', exact: true }), move.from);
  await fillPlace(fieldset.getByRole('group', { name: 'To', exact: true }), move.to);
  if (move.work) {
    await fieldset
      .getByLabel(new RegExp(`^Work of ${worker} after this move`))
      .selectOption(move.work.outcome);
    await fieldset.getByLabel(/^Kind of work/).selectOption(move.work.sector);
    await fieldset.getByLabel(/^Employment/).selectOption(move.work.employment);
    await fieldset.getByLabel(/^Work start date/).fill(move.work.startDate);
    await fieldset.getByLabel(/^What the work was/).fill(move.work.description);
  }
}
