import {describe, expect, test} from 'vitest';
import {assessQuality} from '../../../shared/quality/assess.js';
import {TRUST_MESSAGES} from '../../../shared/trust/messages.js';
import type {Quality} from '../../../shared/types.js';
import {fixtureJson} from '../../helpers/fixture-fetch.js';
import {badgeOf, edubadges, microFixture, outcomesWith, scorecard, setExtension, vc} from './build.js';

/** mission.md, glossary.md, standards.md §5: what the verifier never says about a credential. */
const NEVER = [/recogni[sz]ed (credential|micro-?credential|certificate)/i, /accredited micro-?credential/i, /grants? (an? )?exemption/i,
  /exempts?\b/i, /erkend(e)? (certificaat|microcredential|diploma)/i, /(geeft|verleent) (recht op )?vrijstelling/i, /undefined|NaN|\[object/];

/** A spread of scorecards: every fixture and the rule variants that reach each message. */
async function scorecards(lang: 'en' | 'nl'): Promise<Quality[]> {
  const variants: Record<string, unknown>[] = [];
  for(const [kind, name, key, values] of [['hbo', 'ECTSExtension', 'ECTS', [0.5, 2, 4.2, 31]], ['mbo', 'StudyLoadExtension', 'StudyLoad', [40, 80, 100]]] as const) {
    for(const value of values) {
      const expanded = microFixture(kind);
      setExtension(badgeOf(expanded), name, key, value);
      variants.push(expanded);
    }
  }
  const bare = microFixture('hbo', false);
  for(const ext of ['EQFExtension', 'LearningOutcomeExtension', 'ECTSExtension']) {
    setExtension(badgeOf(bare), ext, 'x', undefined);
  }
  badgeOf(bare).assessmentType = 'interpretive_dance';
  bare.expires = '2026-01-01T00:00:00Z';
  const credentials = [...variants, bare, microFixture('hbo'), microFixture('mbo'), fixtureJson('http/edubadges-expanded-a41jSgmsSh6Sa1xcVUku5Q.json')]
    .map(expanded => edubadges(expanded));
  const results = await Promise.all(credentials.map(credential => scorecard(credential, {lang})));
  const ob3 = ['ho-ects', 'mbo-sbu'].map(kind => vc(fixtureJson(`credentials/edubadges/ob3-educredentials-microcredential-${kind}.json`)));
  return [...results, ...ob3.map(credential => assessQuality(credential, lang, outcomesWith({status: 'warn', code: 'issuer_not_recognised'},
    {status: {status: 'fail', code: 'revoked'}})))];
}

describe('wording: every rule in Dutch and English, never "recognised credential" or "grants exemption"', () => {
  test('every message is a sentence, in the requested language, and says nothing forbidden', async() => {
    const [en, nl] = [await scorecards('en'), await scorecards('nl')];
    const messages = (qualities: Quality[]) => qualities.flatMap(quality => quality.frameworks.flatMap(framework => framework.rules));
    const [english, dutch] = [messages(en), messages(nl)];
    expect(english.length).toBe(dutch.length);
    expect(english.length).toBeGreaterThan(100);
    english.forEach((rule, index) => {
      expect(rule.message).toMatch(/[.)]$/);
      expect(dutch[index].id).toBe(rule.id);
      expect(dutch[index].message).not.toBe(rule.message);
      for(const pattern of NEVER) {
        expect(rule.message).not.toMatch(pattern);
        expect(dutch[index].message).not.toMatch(pattern);
      }
    });
    // "recognised" / "erkend" only ever about an issuer (glossary.md): only in the institution rules.
    expect([...english, ...dutch].filter(rule => /recogni[sz]|erken/i.test(rule.message)).every(rule => /-INST$/.test(rule.id))).toBe(true);
    // Every rule id of both frameworks appears (16 hbo/wo + 11 mbo, three shared).
    expect(new Set(english.map(rule => rule.id)).size).toBe(24);
  });

  test('trust sentences exist in both languages for every outcome', () => {
    const params = {issuer: 'did:key:z6Mk', name: 'Hanzehogeschool Groningen', list: 'L', platform: 'edubadges', brin: '25BE', claimed: 'Hanze',
      environment: 'demo', expired: 'L'};
    for(const code of ['issuer_recognised', 'issuer_name_differs', 'issuer_not_recognised'] as const) {
      const [en, nl] = [TRUST_MESSAGES.en[code](params), TRUST_MESSAGES.nl[code](params)];
      expect(en).not.toBe(nl);
      for(const pattern of NEVER) {
        expect(`${en} ${nl}`).not.toMatch(pattern);
      }
    }
  });
});
