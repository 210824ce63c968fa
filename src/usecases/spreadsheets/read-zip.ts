import { inflateRawSync } from 'node:zlib';

/** One file of a ZIP archive as its central directory declares it. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Why an archive cannot be read: broken, or bigger inflated than the budget allows. */
export class ZipError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * A ZIP archive read from its central directory. Entries are inflated one at a time, only on
 * request, and never beyond what the archive declares nor beyond a shared byte budget, so a
 * zip bomb is refused before it is inflated (declared sizes) or as soon as it lies (actual bytes).
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private budget: number;

  constructor(
    private readonly bytes: Buffer,
    maxInflatedBytes: number,
  ) {
    this.budget = maxInflatedBytes;
    const end = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    let offset = bytes.readUInt32LE(end + 16);
    for (let i = 0; i < count; i += 1) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
        throw new ZipError('unreadable', 'its central directory is broken');
      const nameLength = bytes.readUInt16LE(offset + 28);
      const entry: ZipEntry = {
        method: bytes.readUInt16LE(offset + 10),
        compressedSize: bytes.readUInt32LE(offset + 20),
        declaredSize: bytes.readUInt32LE(offset + 24),
        localHeaderOffset: bytes.readUInt32LE(offset + 42),
        name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      };
      this.entries.set(entry.name.replace(/^\//, ''), entry);
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The declared inflated size of these entries together (those missing count 0). */
  declaredSizeOf(names: readonly string[]): number {
    return names.reduce((sum, name) => sum + (this.entries.get(name)?.declaredSize ?? 0), 0);
  }

  /** An entry's text, or undefined when the archive has no such entry. */
  text(name: string): string | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.declaredSize > this.budget)
      throw new ZipError('too-large', `${name} would inflate beyond the limit`);
    const local = entry.localHeaderOffset;
    if (local + 30 > this.bytes.length || this.bytes.readUInt32LE(local) !== LOCAL_FILE_HEADER)
      throw new ZipError('unreadable', `${name} is broken`);
    const start = local + 30 + this.bytes.readUInt16LE(local + 26) + this.bytes.readUInt16LE(local + 28);
    const compressed = this.bytes.subarray(start, start + entry.compressedSize);
    let inflated: Buffer;
    if (entry.method === 0) inflated = compressed;
    else if (entry.method === 8) {
      try {
        inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.declaredSize) });
      } catch (error) {
        if (error instanceof RangeError)
          throw new ZipError('too-large', `${name} inflates beyond its declared size`);
        throw new ZipError('unreadable', `${name} is broken`);
      }
    } else throw new ZipError('unreadable', `${name} uses an unsupported compression`);
    if (inflated.length > entry.declaredSize)
      throw new ZipError('too-large', `${name} inflates beyond its declared size`);
    this.budget -= inflated.length;
    return inflated.toString('utf8');
  }
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1)
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  throw new ZipError('unreadable', 'it is not a ZIP archive');
}
