/**
 * A file as a stream of decoded text, for Papa Parse's stream reader. Papa's own file reader decodes each
 * slice of the file apart, which cuts a Persian character in two at every slice boundary; here the bytes go
 * through one streaming TextDecoder, so a character split between slices is joined again.
 */
import type { TextEncoding } from './file-import-protocol';

type Listener = (chunk?: string | Error) => void;

/** What Papa Parse takes for a Node-style readable stream. */
export interface TextStream {
  readable: true;
  read(): void;
  on(event: 'data' | 'end' | 'error', listener: Listener): void;
  removeListener(event: 'data' | 'end' | 'error', listener: Listener): void;
  pause(): void;
  resume(): void;
}

export function textStream(
  file: Blob,
  encoding: TextEncoding,
  chunkBytes: number,
  onRead: (bytes: number) => void,
): TextStream {
  const listeners = { data: new Set<Listener>(), end: new Set<Listener>(), error: new Set<Listener>() };
  const decoder = new TextDecoder(encoding);
  let position = 0;
  let started = false;
  const emit = (event: keyof typeof listeners, value?: string | Error) => {
    for (const listener of [...listeners[event]]) listener(value);
  };
  const pump = async () => {
    try {
      while (position < file.size) {
        const bytes = await file.slice(position, position + chunkBytes).arrayBuffer();
        position += bytes.byteLength;
        onRead(position);
        // Papa parses the chunk before `emit` returns: one slice's rows are handled before the next is read.
        emit('data', decoder.decode(bytes, { stream: position < file.size }));
      }
      emit('end');
    } catch (error) {
      emit('error', error instanceof Error ? error : new Error(String(error)));
    }
  };
  return {
    readable: true,
    read() {},
    on(event, listener) {
      listeners[event].add(listener);
      if (event === 'data' && !started) {
        started = true;
        queueMicrotask(() => void pump());
      }
    },
    removeListener(event, listener) {
      listeners[event].delete(listener);
    },
    // The import never pauses the parser.
    pause() {},
    resume() {},
  };
}
