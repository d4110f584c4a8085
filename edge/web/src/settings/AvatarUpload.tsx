// The avatar picker: a preview of the chosen picture, then the upload. The server decides
// what is a picture (by its bytes) and makes the 256×256 square; the size is checked here
// only to spare a pointless upload.

import { useState, type ChangeEvent } from 'react';
import { messageOf } from '../api/errors';
import { uploadAvatar } from '../api/profile';
import { ErrorMessage } from '../components/ErrorMessage';

const MAX_BYTES = 2 * 1024 * 1024;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result.replace(/^data:[^,]*,/, '') : '');
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function AvatarUpload({ current }: { current: string | null }) {
  const [shown, setShown] = useState(current);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const picked = e.target.files?.[0] ?? null;
    setError(picked && picked.size > MAX_BYTES ? 'Use a picture of at most 2 MB.' : null);
    setFile(picked && picked.size <= MAX_BYTES ? picked : null);
    if (picked) setShown(URL.createObjectURL(picked));
  };

  const onUpload = () => {
    if (!file) return;
    setBusy(true);
    base64Of(file)
      .then(uploadAvatar)
      .then(
        (r) => {
          setShown(r.avatar_url);
          setFile(null);
        },
        (err) => setError(messageOf(err)),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div className="avatar-upload" data-testid="avatar-upload">
      {shown ? <img className="avatar" src={shown} alt="Your avatar" width={96} height={96} data-testid="avatar-preview" /> : <div className="avatar avatar-blank">?</div>}
      <div>
        <input type="file" accept="image/png,image/jpeg,image/webp" onChange={onPick} data-testid="avatar-file" />
        <p className="muted">Cropped to the center square, 256×256.</p>
        <button type="button" className="btn btn-ghost" disabled={!file || busy} onClick={onUpload} data-testid="avatar-save">
          {busy ? 'Uploading…' : 'Upload avatar'}
        </button>
        <ErrorMessage message={error} testId="avatar-error" />
      </div>
    </div>
  );
}
