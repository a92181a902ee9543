import {base64url, compactVerify} from 'jose';
import {decodeJws} from '../formats/jws.js';
import {text} from '../i18n/text.js';
import {issuerJwtKey} from '../securing/issuer-jwt-key.js';
import {joseKey, JWT_ALGORITHMS} from '../securing/jose-key.js';
import type {VerifyRun} from '../run.js';
import {isRecord} from '../util/json.js';
import {readCapped} from '../util/bytes.js';
import {type StatusAnswer, StatusListProblem} from './status-answer.js';

const MAX_LIST_BYTES = 16 * 1024 * 1024;

/**
 * IETF Token Status List (draft-ietf-oauth-status-list §4–§8): fetch the status list token at
 * `uri`, verify it with the issuer's key, inflate `lst` (zlib, capped), and read `bits` bits at
 * `idx`, least significant first. 0 valid, 1 invalid (revoked), 2 suspended.
 */
export async function checkTokenStatusList(entry: Record<string, unknown>, run: VerifyRun): Promise<StatusAnswer> {
  const uri = entry.uri;
  const idx = Number(entry.idx);
  const evidence = {type: 'TokenStatusList', uri, idx: entry.idx};
  if(typeof uri !== 'string' || !Number.isSafeInteger(idx) || idx < 0) {
    return {state: 'unknown', reason: text('the status reference lacks "uri" or a valid "idx"', 'de statusverwijzing mist "uri" of een geldige "idx"'), evidence};
  }
  try {
    const value = await readTokenStatus(uri, idx, run);
    return {state: value === 0 ? 'ok' : value === 1 ? 'revoked' : value === 2 ? 'suspended' : 'ok', evidence: {...evidence, value}};
  } catch(error) {
    if(error instanceof StatusListProblem) {
      return {state: 'unknown', reason: error.reason, evidence};
    }
    return {state: 'unknown', reason: text(`the status list could not be used (${(error as Error).message})`, 'de statuslijst was niet te gebruiken'), evidence};
  }
}

async function readTokenStatus(uri: string, idx: number, run: VerifyRun): Promise<number> {
  const {bytes} = await run.net.get(uri, 'application/statuslist+jwt');
  const token = new TextDecoder().decode(bytes).trim();
  const decoded = decodeJws(token);
  const payload = decoded?.payload;
  if(!decoded || !isRecord(payload) || payload.sub !== uri || !isRecord(payload.status_list)) {
    throw new StatusListProblem(text('the status list token is malformed or for another URI', 'het statuslijst-token is onjuist of hoort bij een andere URI'));
  }
  const alg = String(decoded.header.alg);
  if(!(JWT_ALGORITHMS as readonly string[]).includes(alg)) {
    throw new StatusListProblem(text(`the status list is signed with "${alg}"`, `de statuslijst is ondertekend met "${alg}"`));
  }
  const key = await issuerJwtKey(decoded.header, run.credential.issuer.id ?? '', run.keys, run.net);
  await compactVerify(token, await joseKey(key.method, alg), {algorithms: [alg]});
  if(typeof payload.exp === 'number' && payload.exp * 1000 < run.now.getTime()) {
    throw new StatusListProblem(text('the status list has expired', 'de statuslijst is verlopen'));
  }
  const {bits, lst} = payload.status_list;
  if(![1, 2, 4, 8].includes(Number(bits)) || typeof lst !== 'string') {
    throw new StatusListProblem(text('the status list has no valid "bits" and "lst"', 'de statuslijst heeft geen geldige "bits" en "lst"'));
  }
  const list = await readCapped(new Blob([base64url.decode(lst) as BlobPart]).stream()
    .pipeThrough(new DecompressionStream('deflate')), MAX_LIST_BYTES);
  const size = Number(bits);
  if(list === null || (idx + 1) * size > list.length * 8) {
    throw new StatusListProblem(text('the index lies outside the status list', 'het nummer valt buiten de statuslijst'));
  }
  const bit = idx * size;
  return (list[bit >> 3] >> (bit & 7)) & ((1 << size) - 1);
}
