import { PNG } from 'pngjs';
import { DomainError } from '../../core/common/domain-error';

/** A drawn signature is a small picture: the pad draws about 600 × 200 pixels. */
const MAX_SIGNATURE_BYTES = 512 * 1024;
const MAX_SIGNATURE_SIDE = 4000;

/**
 * Check a drawn signature before it is saved: a PNG data URL whose image decodes fully and
 * is of a sensible size. An image the PDF renderer cannot draw would make the COE's PDF fail
 * every time it is printed, long after the family signed.
 */
export function checkSignatureImage(imageDataUrl: string): void {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(imageDataUrl);
  if (!match) throw DomainError.invalidField('imageDataUrl', 'must be a PNG picture of the signature');
  const bytes = Buffer.from(match[1]!, 'base64');
  if (bytes.length > MAX_SIGNATURE_BYTES)
    throw DomainError.invalidField('imageDataUrl', 'is too large for a signature (at most 512 kB)');
  let image: PNG;
  try {
    image = PNG.sync.read(bytes);
  } catch {
    throw DomainError.invalidField('imageDataUrl', 'is not a readable PNG picture; draw the signature again');
  }
  if (
    image.width < 1 ||
    image.height < 1 ||
    image.width > MAX_SIGNATURE_SIDE ||
    image.height > MAX_SIGNATURE_SIDE
  )
    throw DomainError.invalidField('imageDataUrl', 'has a size no signature pad draws');
}
