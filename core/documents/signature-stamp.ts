/** The stored signature image as the renderer draws it (jsPDF names formats, not MIME types). */
import type { SignatureImage } from '../model';
import type { SignatureStamp } from './model';

export function signatureStamp(image: SignatureImage): SignatureStamp {
  return {
    format: image.mime === 'image/png' ? 'PNG' : 'JPEG',
    base64: image.base64,
    widthPx: image.widthPx,
    heightPx: image.heightPx,
  };
}
