/**
 * Public credential page URLs → where the platform publishes the credential's data
 * (surfaces.md §1.8–1.9). A recruiter meets the page URL ("Show credential" on LinkedIn); the
 * verifier needs the JSON behind it. Platforms that publish nothing verifiable are named too,
 * so they can be reported as such instead of as invalid.
 */
export type Environment = 'production' | 'demo' | 'test' | 'acceptance' | 'other';

export type Recognised =
  | {kind: 'ob2-hosted'; platform: string; environment: Environment; id: string; jsonUrl: string;
      /** The assertion `id` the JSON must carry (HostedBadge: served from its own id). */
      assertionId: string}
  | {kind: 'not-verifiable'; platform: string; id: string}
  /** A badge class page: what a course leads to (institution mode), with its issuer in one request. */
  | {kind: 'badge-class'; platform: string; environment: Environment; id: string; jsonUrl: string};

type Recogniser = (url: URL) => Recognised | null;

const EDUBADGES_API: Record<string, Environment> = {
  'api.edubadges.nl': 'production', 'api-demo.edubadges.nl': 'demo', 'api-test.edubadges.nl': 'test', 'api-acc.edubadges.nl': 'acceptance',
};
const EDUBADGES_UI: Record<string, string> = {
  'edubadges.nl': 'api.edubadges.nl', 'www.edubadges.nl': 'api.edubadges.nl', 'demo.edubadges.nl': 'api-demo.edubadges.nl',
  'test.edubadges.nl': 'api-test.edubadges.nl', 'acc.edubadges.nl': 'api-acc.edubadges.nl',
};
const ENTITY_ID = /^\/public\/assertions\/([A-Za-z0-9_-]{22})(?:\.json)?\/?$/;
const BADGE_CLASS_ID = /^\/public\/badges\/([A-Za-z0-9_-]{22})(?:\.json)?\/?$/;

/** edubadges: UI or API URL → one request that returns assertion, badge class and issuer (edubadges.md §1–2). */
const edubadges: Recogniser = url => {
  const apiHost = EDUBADGES_API[url.hostname] ? url.hostname : EDUBADGES_UI[url.hostname];
  const badgeClass = BADGE_CLASS_ID.exec(url.pathname);
  if(apiHost && badgeClass) {
    // `expand=micro` is the only public place of the quality-assurance fields (edubadges.md §5).
    return {kind: 'badge-class', platform: 'edubadges', environment: EDUBADGES_API[apiHost], id: badgeClass[1],
      jsonUrl: `https://${apiHost}/public/badges/${badgeClass[1]}?expand=issuer&expand=micro`};
  }
  const match = ENTITY_ID.exec(url.pathname);
  if(!apiHost || !match) {
    return null;
  }
  const assertionId = `https://${apiHost}/public/assertions/${match[1]}`;
  return {
    kind: 'ob2-hosted', platform: 'edubadges', environment: EDUBADGES_API[apiHost], id: match[1], assertionId,
    jsonUrl: `${assertionId}?expand=badge&expand=badge.issuer`,
  };
};

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

/** Credly publishes OB2 JSON on its API host; the badge class comes as a URL (surfaces.md §1.9). */
const credly: Recogniser = url => {
  const host = /^(?:www\.)?(?:credly|youracclaim)\.com$/i.test(url.hostname);
  const match = new RegExp(`^/(?:badges|earner/earned/badge)/${UUID}(?:/(?:public_url|linked_in_profile|linked_in|embed|email))?/?$`, 'i')
    .exec(url.pathname) ?? (url.hostname === 'api.credly.com' ? new RegExp(`^/v1/obi/v2/badge_assertions/${UUID}/?$`, 'i').exec(url.pathname) : null);
  if(!(host || url.hostname === 'api.credly.com') || !match) {
    return null;
  }
  const id = match[1].toLowerCase();
  const assertionId = `https://api.credly.com/v1/obi/v2/badge_assertions/${id}`;
  return {kind: 'ob2-hosted', platform: 'credly', environment: 'production', id, assertionId, jsonUrl: assertionId};
};

/**
 * Badgr / Canvas Credentials / Parchment: public pages on `badgr.com` (and tenant subdomains)
 * or `badges.parchment.com`; the JSON is on `api.badgr.io` (`api.eu.badgr.io` for the EU region).
 * The Parchment mapping is inferred from the rebrand (surfaces.md §1.8), not observed.
 */
const badgr: Recogniser = url => {
  const match = /^\/public\/assertions\/([A-Za-z0-9_-]{22})\/?$/.exec(url.pathname);
  const host = url.hostname.toLowerCase();
  let apiHost: string | null = null;
  if(/^api(\.[a-z]{2})?\.badgr\.io$/.test(host)) {
    apiHost = host;
  } else if(/^(?:[a-z0-9-]+\.)?badgr\.com$/.test(host)) {
    apiHost = host.startsWith('eu.') ? 'api.eu.badgr.io' : 'api.badgr.io';
  } else if(host === 'badges.parchment.com') {
    apiHost = 'api.badgr.io';
  }
  if(!apiHost || !match) {
    return null;
  }
  const assertionId = `https://${apiHost}/public/assertions/${match[1]}`;
  return {kind: 'ob2-hosted', platform: 'badgr', environment: 'production', id: match[1], assertionId, jsonUrl: assertionId};
};

/** Open Badge Factory: `/v1/assertion/<40 hex>` with `.json` for the data. */
const openBadgeFactory: Recogniser = url => {
  const match = /^\/v1\/assertion\/([0-9a-f]{40})(?:\.html|\.json)?$/.exec(url.pathname);
  if(url.hostname !== 'openbadgefactory.com' || !match) {
    return null;
  }
  const assertionId = `https://openbadgefactory.com/v1/assertion/${match[1]}.json`;
  return {kind: 'ob2-hosted', platform: 'open-badge-factory', environment: 'production', id: match[1], assertionId, jsonUrl: assertionId};
};

/** Pages that show a certificate but publish no machine-verifiable credential. */
const NOT_VERIFIABLE: [platform: string, host: RegExp, path: RegExp][] = [
  ['linkedin-learning', /^www\.linkedin\.com$/, /^\/learning\/certificates\/([0-9a-f]{64})\/?$/],
  ['coursera', /^(?:www\.)?coursera\.org$/,
    /^\/(?:account\/accomplishments\/(?:verify|certificate|specialization\/certificate|specialization|professional-cert)\/|verify\/|records\/)([A-Z0-9]{8,16})\/?$/],
  ['microsoft-learn', /^learn\.microsoft\.com$/, /^\/api\/credentials\/share\/[a-z]{2}-[a-z]{2}\/[^/]+\/([0-9A-F]{16})$/],
];
const notVerifiable: Recogniser = url => {
  for(const [platform, host, path] of NOT_VERIFIABLE) {
    const match = host.test(url.hostname) ? path.exec(url.pathname) : null;
    if(match) {
      return {kind: 'not-verifiable', platform, id: match[1]};
    }
  }
  return null;
};

const RECOGNISERS: Recogniser[] = [edubadges, credly, badgr, openBadgeFactory, notVerifiable];

/** Which platform a URL belongs to, or null for a URL to ask directly. LinkedIn's redirect is unwrapped first. */
export function recognise(raw: string): Recognised | null {
  let url: URL;
  try {
    url = unwrapRedirect(new URL(raw));
  } catch {
    return null;
  }
  if(url.protocol !== 'https:') {
    return null;
  }
  for(const recogniser of RECOGNISERS) {
    const found = recogniser(url);
    if(found) {
      return found;
    }
  }
  return null;
}

/** `https://www.linkedin.com/safety/go?url=…` and `/redir/redirect?url=…` wrap outgoing links. */
export function unwrapRedirect(url: URL): URL {
  if(url.hostname === 'www.linkedin.com' && /^\/(?:safety\/go|redir\/redirect)\/?$/.test(url.pathname)) {
    const inner = url.searchParams.get('url');
    if(inner) {
      return new URL(inner);
    }
  }
  return url;
}
