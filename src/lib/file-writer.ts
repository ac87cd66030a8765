/**
 * Writing the build's many small files (pages, citation downloads, search
 * fragments: about 220,000 at 1,000 reports). On this machine's disk creating
 * a file costs far more than its bytes, and one file at a time leaves the
 * disk idle between requests: writes are kept in flight together, and each
 * folder is created once.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Writes kept in flight: on this machine 32 at a time wrote 20,000 small files about 3× faster than one by one. */
const IN_FLIGHT = 32;

/** A file to write: its path and its content. */
export type FileToWrite = readonly [path: string, content: string | Uint8Array];

/**
 * Writes files, many at a time, creating their folders. With `exclusive`, a
 * file that already exists is an error instead of being replaced.
 */
export async function writeFiles(files: Iterable<FileToWrite>, options: { exclusive?: boolean } = {}): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const folder = (path: string) => {
    let made = folders.get(path);
    if (!made) folders.set(path, (made = mkdir(path, { recursive: true })));
    return made;
  };
  const flag = options.exclusive ? 'wx' : 'w';
  const iterator = files[Symbol.iterator]();
  let count = 0;
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [path, content] = next.value;
      await folder(dirname(path));
      await writeFile(path, content, { flag });
      count++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return count;
}
