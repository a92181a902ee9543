import type {Credential, IdentityObject} from '../credential.js';
import {asArray, idOf, isRecord, stringsOf, textOf} from '../util/json.js';

export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
const OB3_TYPES = ['OpenBadgeCredential', 'AchievementCredential'];

/**
 * W3C Verifiable Credentials 1.1 and 2.0 in JSON-LD with embedded proofs, Open Badges 3.0
 * among them (OB 3.0 §8: an `OpenBadgeCredential` is a VC). Detected by its base context or type.
 */
export function isVcJsonLd(value: unknown): value is Record<string, unknown> {
  if(!isRecord(value)) {
    return false;
  }
  const first = asArray(value['@context'])[0];
  return first === VC_V1_CONTEXT || first === VC_V2_CONTEXT || stringsOf(value.type).includes('VerifiableCredential');
}

export function parseVcJsonLd(document: Record<string, unknown>): Credential {
  const types = stringsOf(document.type);
  const dataModel = asArray(document['@context'])[0] === VC_V1_CONTEXT ? 'vc1' : 'vc2';
  // OB 3.0 allows one subject; VC allows several. The first is the learner.
  const subject = asArray(document.credentialSubject).find(isRecord) ?? {};
  const achievement = isRecord(subject.achievement) ? subject.achievement : null;
  const issuer = document.issuer;
  const issuerRecord = isRecord(issuer) ? issuer : {};
  const validFrom = dateString(dataModel === 'vc1' ? document.issuanceDate : document.validFrom);
  return {
    format: types.some(type => OB3_TYPES.includes(type)) ? 'ob3-data-integrity' : 'vc-data-integrity',
    document,
    dataModel,
    types,
    id: typeof document.id === 'string' ? document.id : null,
    title: textOf(achievement?.name) ?? textOf(document.name),
    description: textOf(achievement?.description) ?? textOf(document.description),
    issuer: {
      id: idOf(issuer),
      name: textOf(issuerRecord.name),
      url: typeof issuerRecord.url === 'string' ? issuerRecord.url : null,
      image: idOf(issuerRecord.image),
    },
    issuedOn: dateString(document.awardedDate) ?? validFrom ?? dateString(document.issuanceDate),
    validFrom,
    validUntil: dateString(dataModel === 'vc1' ? document.expirationDate : document.validUntil),
    subject: {
      id: typeof subject.id === 'string' ? subject.id : null,
      identifiers: asArray(subject.identifier).filter(isRecord).map(toIdentity).filter(x => x !== null),
      name: textOf(subject.name),
    },
    achievement,
    image: idOf(achievement?.image) ?? idOf(document.image),
    statusEntries: asArray(document.credentialStatus).filter(isRecord),
    proofs: asArray(document.proof).filter(isRecord).map(proof => ({
      type: String(proof.type ?? ''),
      cryptosuite: typeof proof.cryptosuite === 'string' ? proof.cryptosuite : null,
      verificationMethod: idOf(proof.verificationMethod),
    })),
    contexts: asArray(document['@context']),
    parts: {credential: document},
    securing: {kind: 'data-integrity'},
    servedFrom: null,
    platform: null,
  };
}

function dateString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function toIdentity(entry: Record<string, unknown>): IdentityObject | null {
  if(typeof entry.identityHash !== 'string') {
    return null;
  }
  return {
    identityType: String(entry.identityType ?? ''),
    identityHash: entry.identityHash,
    hashed: entry.hashed === true,
    salt: typeof entry.salt === 'string' ? entry.salt : null,
  };
}
