// The avatar picker: pick a picture, choose the square to keep (AvatarCropper, lazy), see the
// result, then upload the cropped square. The server still decides what is a picture (by its
// bytes) and re-encodes it to 256×256; the size is checked here only to spare pointless work.

import { lazy, Suspense, useState, type ChangeEvent } from 'react';
import { messageOf } from '../api/errors';
import { uploadAvatar } from '../api/profile';
import { ErrorMessage } from '../components/ErrorMessage';
import { cropToSquare, type PixelArea } from './cropImage';

const AvatarCropper = lazy(() => import('./AvatarCropper'));

const MAX_BYTES = 2 * 1024 * 1024;

function dataUrlOf(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('The file could not be read.')));
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function AvatarUpload({ current }: { current: string | null }) {
  const [shown, setShown] = useState(current);
  /** The picked picture (a data: URL) while it is being cropped. */
  const [picked, setPicked] = useState<string | null>(null);
  const [area, setArea] = useState<PixelArea | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0] ?? null;
    setArea(null);
    setPicked(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError('Use a picture of at most 2 MB.');
      return;
    }
    dataUrlOf(file).then(setPicked, (err) => setError(messageOf(err)));
  };

  const onUpload = () => {
    if (!picked || !area) return;
    setBusy(true);
    setError(null);
    cropToSquare(picked, area)
      .then((png) => uploadAvatar(png.replace(/^data:[^,]*,/, '')))
      .then(
        (r) => {
          setShown(r.avatar_url);
          setPicked(null);
          setArea(null);
        },
        (err) => setError(messageOf(err)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div className="avatar-upload" data-testid="avatar-upload">
      {shown ? <img className="avatar" src={shown} alt="Your avatar" width={96} height={96} data-testid="avatar-preview" /> : <div className="avatar avatar-blank">?</div>}
      <div className="avatar-upload-body">
        <input type="file" accept="image/png,image/jpeg,image/webp" onChange={onPick} data-testid="avatar-file" />
        {picked && (
          <Suspense fallback={<p className="muted">Loading the cropper…</p>}>
            <AvatarCropper src={picked} onArea={setArea} />
          </Suspense>
        )}
        <p className="muted">{picked ? 'Drag to choose the square to keep; it is saved at 256×256.' : 'PNG, JPEG or WebP up to 2 MB; you choose the square to keep.'}</p>
        <button type="button" className="btn btn-ghost" disabled={!picked || !area || busy} onClick={onUpload} data-testid="avatar-save">
          {busy ? 'Uploading…' : 'Upload avatar'}
        </button>
        {picked && (
          <button type="button" className="btn btn-ghost avatar-cancel" disabled={busy} onClick={() => setPicked(null)} data-testid="avatar-cancel">
            Cancel
          </button>
        )}
        <ErrorMessage message={error} testId="avatar-error" />
      </div>
    </div>
  );
}
