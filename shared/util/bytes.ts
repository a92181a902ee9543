/** Join chunks into one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for(const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Read a stream to the end, but never hold more than `maxBytes`: returns null as soon as it
 * would (the stream is cancelled). `race` wraps every read, so a caller can bound the time a
 * stalled source may take. Hostile input (zlib bombs, endless bodies) meets this limit first.
 */
export async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number,
  race: <T>(read: Promise<T>) => Promise<T> = read => read): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for(;;) {
      const {done, value} = await race(reader.read());
      if(done) {
        return concatBytes(chunks);
      }
      total += value.byteLength;
      if(total > maxBytes) {
        reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch(error) {
    reader.cancel().catch(() => {}); // release the source; a stalled one may never confirm
    throw error;
  }
}
