import {compactVerify} from 'jose';
import type {KeyResolver} from '../did/resolve-key.js';
import type {ResolvedKey} from '../did/verification-method.js';
import type {Presentation} from '../formats/presentation.js';
import {createDocumentLoader} from '../loader/document-loader.js';
import {verifyDataIntegrity} from '../proofs/data-integrity.js';
import type {CheckStatus, PresentationInfo} from '../types.js';
import {asArray, idOf, isRecord} from '../util/json.js';
import {joseKey, JWT_ALGORITHMS} from './jose-key.js';

/**
 * The presentation's own proof, reported next to each enclosed credential's report (contract
 * §2). It says the holder wrapped these credentials; it says nothing about the credentials.
 */
export async function checkPresentationProof(presentation: Presentation, keys: KeyResolver): Promise<PresentationInfo> {
  const info = (proof: CheckStatus, code: PresentationInfo['code']): PresentationInfo =>
    ({holder: presentation.holder, proof, code, kind: presentation.kind, credentials: presentation.credentials.length});
  try {
    if(presentation.jws) {
      const {token, header} = presentation.jws;
      const alg = String(header.alg);
      const kid = typeof header.kid === 'string' ? header.kid : presentation.holder?.startsWith('did:jwk:') ? `${presentation.holder}#0` : null;
      if(!(JWT_ALGORITHMS as readonly string[]).includes(alg) || !kid) {
        return info('fail', 'invalid_signature');
      }
      const key = await keys(kid);
      await compactVerify(token, await joseKey(key.method, alg), {algorithms: [alg]});
      return info(holderControls(key, presentation.holder) ? 'pass' : 'fail', holderControls(key, presentation.holder) ? 'signature_valid' : 'issuer_key_mismatch');
    }
    const proofs = asArray(presentation.document.proof).filter(isRecord);
    if(proofs.length === 0) {
      return info('skipped', 'no_proof');
    }
    const methods = new Map<string, ResolvedKey>();
    for(const url of new Set(proofs.map(proof => idOf(proof.verificationMethod)).filter(url => url !== null))) {
      methods.set(url, await keys(url));
    }
    const loader = createDocumentLoader({keys: new Map([...methods].map(([url, key]) => [url, key.method]))});
    const results = await verifyDataIntegrity(presentation.document, loader, 'authentication');
    const good = results.find(result => result.verified);
    if(!good) {
      return info('fail', 'invalid_signature');
    }
    const bound = holderControls(methods.get(good.verificationMethod)!, presentation.holder);
    return info(bound ? 'pass' : 'fail', bound ? 'signature_valid' : 'issuer_key_mismatch');
  } catch(error) {
    const code = (error as {code?: string}).code;
    return info('unknown', code === 'private_network_blocked' || code === 'timeout' || code === 'offline' ? code : 'network_error');
  }
}

/** Without a holder the proof binds nothing to anyone; with one, the key must be the holder's. */
function holderControls(key: ResolvedKey, holder: string | null): boolean {
  return holder === null || key.method.controller === holder;
}
