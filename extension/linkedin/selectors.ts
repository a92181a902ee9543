/**
 * Every LinkedIn selector the extension uses, one array per purpose with a comment per
 * alternative (aesthetics.md item 12). Each has a sibling `<name>_` listing how many matches each
 * committed fixture view must give; test/extension/selectors.test.ts holds them to it.
 * Never key on LinkedIn's random class tokens (surfaces.md §1.1): ids, data-view-name, data-field.
 * A view is a fixture file, or `file#details` for the details page kept in its <template>.
 */
export type Expectation = readonly [count: number, view: string];

/** The Licenses & certifications card of a profile: the section holding this anchor. */
export const certificationsAnchor = [
  '#licenses_and_certifications', // L1 "pvs" layout, 2022–25: empty scroll anchor inside the card
] as const;
export const certificationsAnchor_ = [
  [1, 'linkedin-profile.html'],
  [0, 'linkedin-profile.html#details'],
  [0, 'linkedin-profile-sdui.html'],
] as const satisfies readonly Expectation[];

/** One entry inside the L1 card (the entry's list item is its closest <li>). */
export const profileEntity = [
  '[data-view-name="profile-component-entity"]', // L1: every entity of every card, so only read inside the card
] as const;
export const profileEntity_ = [
  [10, 'linkedin-profile.html'], // 4 certifications + experience, education, skills (so only read inside the card)
  [5, 'linkedin-profile.html#details'],
  [0, 'linkedin-profile-sdui.html'],
] as const satisfies readonly Expectation[];

/** Entries of the details page /in/<slug>/details/certifications/ in the L1 layout. */
export const detailsItem = [
  'li.pvs-list__paged-list-item[id*="-LICENSES-AND-CERTIFICATIONS-"]', // L1 details: ids name the list (surfaces.md §1.3)
] as const;
export const detailsItem_ = [
  [0, 'linkedin-profile.html'],
  [5, 'linkedin-profile.html#details'],
  [0, 'linkedin-profile-sdui.html'],
] as const satisfies readonly Expectation[];

/** L2 (SDUI, 2025+) containers whose entries are certifications. */
export const sduiCard = [
  '[data-view-name="profile-card-licenses-and-certifications"]', // L2 profile card
  '[data-view-name="profile-certifications-details-view"]', // L2 details page
] as const;
export const sduiCard_ = [
  [0, 'linkedin-profile.html'],
  [1, 'linkedin-profile-sdui.html'],
  [1, 'linkedin-profile-sdui.html#details'],
] as const satisfies readonly Expectation[];

/** One L2 entry: the logo lockup, whose parent block is the entry (entries are split by <hr>). */
export const sduiLockup = [
  '[data-view-name="license-certifications-lockup-view"]', // L2: <a> to the company, or a <div> without one
] as const;
export const sduiLockup_ = [
  [0, 'linkedin-profile.html'],
  [4, 'linkedin-profile-sdui.html'],
  [5, 'linkedin-profile-sdui.html#details'],
] as const satisfies readonly Expectation[];

/** Where an entry links out: every link in the entry, LinkedIn's own pages filtered out in code. */
export const entryLink = [
  'a[href]', // L1 title link + "Show credential" button; L2 see-license button (wrapped in /safety/go)
] as const;
export const entryLink_ = [
  [31, 'linkedin-profile.html'],
  [17, 'linkedin-profile.html#details'],
  [7, 'linkedin-profile-sdui.html'],
  [8, 'linkedin-profile-sdui.html#details'],
] as const satisfies readonly Expectation[];
