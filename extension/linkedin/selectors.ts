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
  [0, 'linkedin-public-profile.html'],
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
  [0, 'linkedin-public-profile.html'],
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

/** G (logged-out public profile, server-rendered on www. and country subdomains, surfaces.md §1.1): its certifications section. */
export const publicSection = [
  'section.core-section-container[data-section="certifications"]', // G: every profile section is a core-section-container; data-section names it
] as const;
export const publicSection_ = [
  [0, 'linkedin-profile.html'],
  [0, 'linkedin-profile-sdui.html'],
  [1, 'linkedin-public-profile.html'],
] as const satisfies readonly Expectation[];

/** One G entry (read only inside the certifications section). */
export const publicEntry = [
  'li.profile-section-card', // G: the card of every section (experience, education too), so only read inside publicSection
] as const;
export const publicEntry_ = [
  [0, 'linkedin-profile.html'],
  [0, 'linkedin-profile-sdui.html'],
  [6, 'linkedin-public-profile.html'], // 4 certifications + 1 experience + 1 education
] as const satisfies readonly Expectation[];

/** Where an entry links out: every link in the entry, LinkedIn's own pages filtered out in code. */
export const entryLink = [
  'a[href]', // L1 title link + "Show credential" button; L2 see-license button (wrapped in /safety/go); G "See credential" (?trk=… dropped)
] as const;
export const entryLink_ = [
  [31, 'linkedin-profile.html'],
  [17, 'linkedin-profile.html#details'],
  [7, 'linkedin-profile-sdui.html'],
  [8, 'linkedin-profile-sdui.html#details'],
  [9, 'linkedin-public-profile.html'], // sign-in, 3 company links, 2 logo links, 3 "See credential" (one entry has none)
] as const satisfies readonly Expectation[];

/**
 * An entry's own text lines, in page order, for its claims (name, issuer, "Issued …"); read as
 * text in the content script only, never sent anywhere (design.md rule 6).
 */
export const claimLine = [
  'span[aria-hidden="true"]', // L1 and its details page: every string is doubled; the aria-hidden copy is read (surfaces.md §1.2)
  'p', // L2 (SDUI): one <p> per line (surfaces.md §1.4)
] as const;
export const claimLine_ = [
  [35, 'linkedin-profile.html'], // the whole page (only read inside an entry: name, issuer, dates, credential id)
  [20, 'linkedin-profile.html#details'],
  [24, 'linkedin-profile-sdui.html'],
  [22, 'linkedin-profile-sdui.html#details'],
  [2, 'linkedin-public-profile.html'], // G entries are read through publicTitle/publicIssuer/publicDate instead
] as const satisfies readonly Expectation[];

/** Lines inside an entry that are not its claims: L1 sub-components (Show credential, skills, media), L2 skills. */
export const claimSkip = [
  '.pvs-entity__sub-components', // L1: semantic class (not a random token), holds the buttons and the skills line
  '[data-view-name="license-certifications-see-skills-button"]', // L2 "Skills: …"
] as const;
export const claimSkip_ = [
  [3, 'linkedin-profile.html'], // the three certification entries with buttons or skills
  [4, 'linkedin-profile.html#details'],
  [3, 'linkedin-profile-sdui.html'],
  [3, 'linkedin-profile-sdui.html#details'],
] as const satisfies readonly Expectation[];

/** G: the entry's name, issuer and dates (the first <time> is the issue date, a later one the expiry). */
export const publicTitle = [
  'h3', // G: name (surfaces.md §1.1 row G)
] as const;
export const publicTitle_ = [
  [0, 'linkedin-profile.html'],
  [6, 'linkedin-public-profile.html'], // one per card of every section: only read inside a G entry
] as const satisfies readonly Expectation[];
export const publicIssuer = [
  'h4', // G: issuer
] as const;
export const publicIssuer_ = [
  [0, 'linkedin-profile.html'],
  [6, 'linkedin-public-profile.html'],
] as const satisfies readonly Expectation[];
export const publicDate = [
  'time', // G: "Issued <time>Feb 2025</time>"
] as const;
export const publicDate_ = [
  [0, 'linkedin-profile.html'],
  [8, 'linkedin-public-profile.html'], // experience 1, certifications 5 (one with its expiry), education 2
] as const satisfies readonly Expectation[];
