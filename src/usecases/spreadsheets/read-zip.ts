import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** Why an archive cannot be read: broken, or bigger inflated than the budget allows. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

/**
 * A ZIP archive read from its central directory by yauzl. Entries are inflated one at a time,
 * only on request, and never beyond what the archive declares (yauzl's `validateEntrySizes`)
 * nor beyond a shared byte budget, so a zip bomb is refused before it is inflated (declared
 * sizes) or as soon as it lies (actual bytes, counted as they arrive).
 */
export class ZipArchive {
  private budget: number;

  private constructor(
    private readonly zipfile: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
    maxInflatedBytes: number,
  ) {
    this.budget = maxInflatedBytes;
  }

  /** @throws ZipError when the bytes are not a readable ZIP archive. */
  static async open(bytes: Buffer, maxInflatedBytes: number): Promise<ZipArchive> {
    const options = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true };
    const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(bytes, options, (error, opened) =>
        error
          ? reject(
              new ZipError(
                'unreadable',
                error.message.startsWith('End of central directory record signature not found')
                  ? 'it is not a ZIP archive'
                  : 'its central directory is broken',
              ),
            )
          : resolve(opened),
      ),
    );
    const entries = new Map<string, yauzl.Entry>();
    await new Promise<void>((resolve, reject) => {
      zipfile.on('entry', (entry: yauzl.Entry) => {
        // decodeStrings: false leaves the name as its bytes, read here as UTF-8
        const name = (entry.fileName as unknown as Buffer).toString('utf8');
        entries.set(name.replace(/^\//, ''), entry);
        zipfile.readEntry();
      });
      zipfile.once('end', () => resolve());
      zipfile.once('error', () => reject(new ZipError('unreadable', 'its central directory is broken')));
      zipfile.readEntry();
    }).catch((error: unknown) => {
      zipfile.close();
      throw error;
    });
    return new ZipArchive(zipfile, entries, maxInflatedBytes);
  }

  close(): void {
    if (this.zipfile.isOpen) this.zipfile.close();
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The names of the archive's entries, in the order of its central directory. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The declared inflated size of these entries together (those missing count 0). */
  declaredSizeOf(names: readonly string[]): number {
    return names.reduce((sum, name) => sum + (this.entries.get(name)?.uncompressedSize ?? 0), 0);
  }

  /** An entry's text (UTF-8), or undefined when the archive has no such entry. */
  async text(name: string): Promise<string | undefined> {
    let text = '';
    const found = await this.read(name, (chunk) => {
      text += chunk;
    });
    return found ? text : undefined;
  }

  /** An entry's bytes, for text whose encoding the caller decides; undefined without the entry. */
  async bytes(name: string): Promise<Uint8Array | undefined> {
    const chunks: Buffer[] = [];
    const found = await this.readChunks(name, (chunk) => {
      chunks.push(chunk);
    });
    return found ? Buffer.concat(chunks) : undefined;
  }

  /**
   * Hands an entry's text to `sink` chunk by chunk as it is inflated; false when the archive has
   * no such entry. An error thrown by `sink` stops the inflating and is thrown here.
   */
  async read(name: string, sink: (text: string) => void): Promise<boolean> {
    const decoder = new StringDecoder('utf8');
    const found = await this.readChunks(name, (chunk) => sink(decoder.write(chunk)));
    if (found) sink(decoder.end());
    return found;
  }

  /** As `read`, with the inflated bytes. */
  private async readChunks(name: string, sink: (chunk: Buffer) => void): Promise<boolean> {
    const entry = this.entries.get(name);
    if (!entry) return false;
    if (entry.uncompressedSize > this.budget)
      throw new ZipError('too-large', `${name} would inflate beyond the limit`);
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zipfile.openReadStream(entry, (error, opened) => {
        if (!error) resolve(opened);
        else if (error.message.startsWith('unsupported compression method'))
          reject(new ZipError('unreadable', `${name} uses an unsupported compression`));
        else reject(new ZipError('unreadable', `${name} is broken`));
      }),
    );
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        this.budget -= chunk.length;
        if (this.budget < 0) return fail(new ZipError('too-large', `${name} inflates beyond the limit`));
        try {
          sink(chunk);
        } catch (error) {
          fail(error);
        }
      });
      stream.once('end', () => {
        if (!failed) resolve();
      });
      stream.once('error', (error: Error) =>
        fail(
          error.message.startsWith('too many bytes')
            ? new ZipError('too-large', `${name} inflates beyond its declared size`)
            : new ZipError('unreadable', `${name} is broken`),
        ),
      );
    });
    return true;
  }
}
