import {describe, expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {fromDccRegistry} from '../../../shared/trust/adapters/dcc-registry.js';
import {fromEbsiIssuers} from '../../../shared/trust/adapters/ebsi-tir.js';
import {fromRioRecords} from '../../../shared/trust/adapters/rio.js';
import {toTrustList} from '../../../shared/trust/adapters/to-trust-list.js';
import {findTrustRecord} from '../../../shared/trust/match.js';
import {fixtureFetch, fixtureJson, NOW, readFixture} from '../../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../../helpers/issue.js';

describe('DCC registry (standards.md §4.5)', () => {
  test('one record per DID, named by legalName (else name), with provenance', () => {
    const list = fromDccRegistry(fixtureJson('trust/dcc-registry.json'));
    expect(list).toMatchObject({publisher: 'Digital Credentials Consortium', version: '2026-10-01T00:00:00Z', validUntil: null});
    expect(list.records.map(record => [record.subject.dids, record.organisation?.legalName])).toEqual([
      [['did:key:z6MkPLACEHOLDER'], 'Stichting Test Hogeschool'], [['did:web:university.example'], 'University Example']]);
    expect(list.records[0].provenance).toMatchObject({source: 'dcc-legacy', signatureVerified: false});
  });

  test('a registry as a user list makes a did:key issuer recognised', async() => {
    const key = await testKey(51);
    const registry = JSON.parse(readFixture('trust/dcc-registry.json').replace('did:key:z6MkPLACEHOLDER', key.did));
    const signed = await key.sign(ob3Credential(key.did, {issuer: {id: key.did, type: ['Profile'], name: 'Stichting Test Hogeschool'}}));
    const report = await verify(signed, {fetch: fixtureFetch(), now: NOW, trust: [toTrustList(registry, 'DCC registry')!]});
    expect(report.checks[5]).toMatchObject({id: 'trust', status: 'pass', message: 'The issuer, Stichting Test Hogeschool, is recognised by "DCC registry".'});
  });
});

describe('EBSI Trusted Issuers Registry (standards.md §4.1)', () => {
  const list = fromEbsiIssuers(fixtureJson('trust/ebsi-tir-issuers.json') as never, {'did:ebsi:zUniversiteitVoorbeeld00001': 'Universiteit Voorbeeld'});

  test('TI accreditations become records until their validUntil; a "Revoked" attribute is left out', () => {
    expect(list.records.map(record => [record.subject.dids?.[0], record.validUntil, record.organisation?.country])).toEqual([
      ['did:ebsi:zUniversiteitVoorbeeld00001', '2030-01-01T00:00:00Z', 'NL'],
      ['did:ebsi:zHogeschoolVerlopen00000001', '2025-06-30T00:00:00Z', 'NL'],
    ]);
    expect(list.records[0].provenance).toMatchObject({source: 'ebsi-tir', signatureVerified: false});
  });

  test.each([
    ['did:ebsi:zUniversiteitVoorbeeld00001', 'Universiteit Voorbeeld'],
    ['did:ebsi:zHogeschoolVerlopen00000001', null], // expired registry record: does not count
    ['did:ebsi:zIngetrokken00000000000001', null],
  ])('%s → %s', (did, name) => {
    expect(findTrustRecord([list], did, NOW)?.record.organisation?.legalName ?? null).toBe(name);
  });
});

describe('RIO institution recognitions (standards.md §4.3)', () => {
  const list = fromRioRecords(fixtureJson('trust/rio-erkenningen.json'));

  test('name, BRIN, law and dates; WEB is mbo; an einddatum ends the record', () => {
    expect(list.records.map(record => [record.organisation?.legalName, record.organisation?.identifiers?.[0].value,
      record.recognition?.wet, record.validUntil])).toEqual([
      ['Hanzehogeschool Groningen', '25BE', 'WHW', null], ['ROC Voorbeeld', '99XX', 'WEB', null], ['Samengevoegd College', '97ZZ', 'WEB', '2024-07-31']]);
    expect(list.records[1].organisation).toMatchObject({sector: 'mbo'});
  });

  test('RIO binds no key: a RIO record alone never recognises an issuer, but names the institution a DID record points to by BRIN', async() => {
    const key = await testKey(52);
    const signed = await key.sign(ob3Credential(key.did, {issuer: {id: key.did, type: ['Profile'], name: 'ROC Voorbeeld'}}));
    const alone = await verify(signed, {fetch: fixtureFetch(), now: NOW, trust: [list]});
    expect(alone.checks[5]).toMatchObject({status: 'warn', code: 'issuer_not_recognised'});
    const bound = {name: 'Key bindings', publisher: 'me', version: '1', validUntil: null,
      records: [{subject: {dids: [key.did]}, organisation: {legalName: 'ROC Voorbeeld', identifiers: [{scheme: 'BRIN', value: '99XX'}]}}]};
    const report = await verify(signed, {fetch: fixtureFetch(), now: NOW, trust: [bound, list]});
    expect(report.checks[5]).toMatchObject({status: 'pass', evidence: {organisation: {list: list.name, matchedOn: 'brin',
      record: {recognition: {wet: 'WEB'}}}}});
  });

  test('toTrustList recognises each source, and a contract §6 list as itself', () => {
    expect(toTrustList(fixtureJson('trust/rio-erkenningen.json'))?.publisher).toContain('DUO');
    expect(toTrustList(fixtureJson('trust/ebsi-tir-issuers.json'))?.records).toHaveLength(2);
    expect(toTrustList(fixtureJson('trust/dcc-registry.json'))?.records).toHaveLength(2);
    const own = {name: 'x', publisher: '', version: '', validUntil: null, records: []};
    expect(toTrustList(own)).toBe(own);
    expect(toTrustList({hello: 'world'})).toBeNull();
  });
});
