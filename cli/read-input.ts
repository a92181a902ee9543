import {constants} from 'node:fs';
import {access, open, stat} from 'node:fs/promises';
import {concatBytes} from '../shared/util/bytes.js';
import type {UsageProblem} from './messages.js';

/**
 * At most this many bytes are read from one file or from standard input. The core refuses
 * far smaller inputs itself (format `too_large`); reading one byte past this cap keeps a
 * huge file "too large" for the core without holding all of it in memory.
 */
export const READ_CAP_BYTES = 64 * 1024 * 1024;

const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/**
 * Contract §1: a missing or unreadable file is a usage error and nothing is verified, so
 * every file is looked at before the first verification starts.
 */
export async function checkInputs(inputs: readonly string[]): Promise<UsageProblem | undefined> {
  for(const input of inputs) {
    if(input === '-' || isUrl(input)) {
      continue;
    }
    try {
      if(!(await stat(input)).isFile()) {
        return {code: 'not_a_file', value: input};
      }
      await access(input, constants.R_OK);
    } catch(error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR'
        ? {code: 'file_missing', value: input}
        : {code: 'file_unreadable', value: input, reason: (error as Error).message};
    }
  }
  return undefined;
}

/**
 * What the core gets: the URL as typed, or the raw bytes (the core tells JSON, JWT text and
 * images apart itself).
 */
export async function readInput(input: string, stdin: () => AsyncIterable<Uint8Array>): Promise<string | Uint8Array> {
  if(isUrl(input)) {
    return input;
  }
  return input === '-' ? readStream(stdin()) : readFileCapped(input);
}

async function readFileCapped(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const {size} = await handle.stat();
    const buffer = new Uint8Array(Math.min(size, READ_CAP_BYTES + 1));
    let filled = 0;
    while(filled < buffer.byteLength) {
      const {bytesRead} = await handle.read(buffer, filled, buffer.byteLength - filled, filled);
      if(bytesRead === 0) {
        break;
      }
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

async function readStream(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.byteLength;
    if(total > READ_CAP_BYTES) {
      break;
    }
  }
  return concatBytes(chunks);
}
