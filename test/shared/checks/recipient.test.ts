import {createHash} from 'node:crypto';
import {expect, test} from 'vitest';
import {verify} from '../../../shared/index.js';
import {NOW} from '../../helpers/fixture-fetch.js';
import {ob3Credential, testKey} from '../../helpers/issue.js';

const sha256 = (text: string) => `sha256$${createHash('sha256').update(text).digest('hex')}`;

async function issuedTo(identifier: Record<string, unknown>[], id?: string) {
  const key = await testKey(9);
  const credential = ob3Credential(key.did);
  const subject = credential.credentialSubject as Record<string, unknown>;
  subject.identifier = identifier.map(entry => ({type: 'IdentityObject', ...entry}));
  if(id) {
    subject.id = id;
  }
  return key.sign(credential);
}

// OB 3.0 §B.1.15: identityHash = "sha256$" + hex(sha256(identifier + salt)).
test.each([
  ['the hashed e-mail with salt', [{identityType: 'emailAddress', hashed: true, salt: 'Kosher', identityHash: sha256('a@example.comKosher')}],
    'a@example.com', 'pass recipient_match'],
  ['the hashed e-mail in other case', [{identityType: 'emailAddress', hashed: true, salt: 'Kosher', identityHash: sha256('a@example.comKosher')}],
    'A@Example.com', 'pass recipient_match'],
  ['someone else', [{identityType: 'emailAddress', hashed: true, salt: 'Kosher', identityHash: sha256('a@example.comKosher')}],
    'b@example.com', 'fail recipient_mismatch'],
  ['a plain identifier', [{identityType: 'studentId', hashed: false, identityHash: 'S123'}], 'S123', 'pass recipient_match'],
  ['an md5 hash (no MD5 in WebCrypto)', [{identityType: 'emailAddress', hashed: true, identityHash: 'md5$0cc175b9c0f1b6a831c399e269772661'}],
    'a@example.com', 'unknown recipient_not_checkable'],
])('issued to %s, asked about %s → %s', async(_name, identifier, recipient, expected) => {
  const report = await verify(await issuedTo(identifier), {now: NOW, recipient});
  const check = report.checks.find(c => c.id === 'recipient')!;
  expect(`${check.status} ${check.code}`).toBe(expected);
});

test('credentialSubject.id as mailto: matches the address', async() => {
  const report = await verify(await issuedTo([], 'mailto:learner@example.nl'), {now: NOW, recipient: 'learner@example.nl'});
  expect(report.checks.find(c => c.id === 'recipient')?.status).toBe('pass');
});

test('a mismatch is a warning, not invalid (contract §3)', async() => {
  const report = await verify(await issuedTo([{identityType: 'emailAddress', hashed: false, identityHash: 'x@example.nl'}]),
    {now: NOW, recipient: 'y@example.nl', trust: []});
  expect(report.verdict).toBe('warning');
});

test('without --recipient the check is skipped', async() => {
  const report = await verify(await issuedTo([]), {now: NOW});
  expect(report.checks.find(c => c.id === 'recipient')).toMatchObject({status: 'skipped', code: 'not_requested'});
});
