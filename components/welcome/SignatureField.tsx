import { useState } from 'preact/hooks';
import { toBase64 } from '../../core/bytes';
import { MAX_SIGNATURE_BYTES, type SignatureImage } from '../../core/model';
import { useWelcomeT, type WelcomeKey } from './strings';

/** Largest file accepted before scaling (a phone photo of a signature is often 1–2 MB). */
const MAX_INPUT_BYTES = 2_000_000;
/** Printed at most 60 mm wide: 600 px is 254 dpi, sharp on paper and small in the PDF. */
const MAX_WIDTH_PX = 600;
const MAX_HEIGHT_PX = 240;

/**
 * Reads the chosen image, scales it down on a canvas and re-encodes it (PNG keeps a transparent
 * background; a JPEG stays JPEG), so that what is kept is small and known to decode.
 */
async function scaled(file: File): Promise<SignatureImage | WelcomeKey> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return 'problem.image-type';
  if (file.size > MAX_INPUT_BYTES) return 'problem.image-size';
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return 'problem.image-unreadable';
  }
  const scale = Math.min(1, MAX_WIDTH_PX / bitmap.width, MAX_HEIGHT_PX / bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const mime = file.type;
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, mime, 0.85));
  if (!blob || blob.size > MAX_SIGNATURE_BYTES) return 'problem.image-size';
  const base64 = toBase64(new Uint8Array(await blob.arrayBuffer()));
  return { mime, base64, widthPx: canvas.width, heightPx: canvas.height };
}

export function SignatureField({
  value,
  onChange,
}: {
  value: SignatureImage | null;
  onChange: (image: SignatureImage | null) => void;
}) {
  const { t } = useWelcomeT();
  const [problem, setProblem] = useState<WelcomeKey | null>(null);
  return (
    <div class="field wide">
      <label for="welcome-signature">{t('identity.signature')}</label>
      <input
        id="welcome-signature"
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby="welcome-signature-hint"
        data-testid="welcome-signature"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (!file) return;
          const result = await scaled(file);
          if (typeof result === 'string') return setProblem(result);
          setProblem(null);
          onChange(result);
        }}
      />
      <small id="welcome-signature-hint" class="muted">
        {t('identity.signatureHint')}
      </small>
      {problem && (
        <small class="error" role="alert" data-testid="welcome-signature-error">
          {t(problem)}
        </small>
      )}
      {value && (
        <div class="signature-preview">
          <img
            src={`data:${value.mime};base64,${value.base64}`}
            alt={t('identity.signatureAlt')}
            data-testid="welcome-signature-preview"
          />
          <button type="button" class="link" onClick={() => onChange(null)}>
            {t('identity.signatureRemove')}
          </button>
        </div>
      )}
    </div>
  );
}
