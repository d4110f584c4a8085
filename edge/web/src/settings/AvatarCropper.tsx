// The avatar crop step: the picked picture under a square (shown round, as avatars are), moved
// by dragging and zoomed with the slider or the wheel, with a preview of the result. It is
// react-easy-crop, loaded lazily (AvatarUpload imports this file with React.lazy) so the
// cropper weighs on the settings page only when a picture is picked.

import { useEffect, useState } from 'react';
import Cropper, { type Area, type Point } from 'react-easy-crop';
import { cropToSquare, type PixelArea } from './cropImage';

interface Props {
  /** The picked picture as a data: URL. */
  src: string;
  /** The chosen square in the picture's pixels, each time it settles. */
  onArea: (area: PixelArea) => void;
}

export default function AvatarCropper({ src, onArea }: Props) {
  const [crop, setCrop] = useState<Point>({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const [area, setArea] = useState<PixelArea | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    if (!area) return;
    let live = true;
    cropToSquare(src, area).then(
      (url) => live && setPreview(url),
      () => live && setPreview(null),
    );
    return () => {
      live = false;
    };
  }, [src, area]);

  const onCropComplete = (_: Area, pixels: Area) => {
    setArea(pixels);
    onArea(pixels);
  };

  return (
    <div className="avatar-crop" data-testid="avatar-crop">
      <div className="avatar-crop-area">
        <Cropper image={src} crop={crop} zoom={zoom} aspect={1} cropShape="round" showGrid={false} onCropChange={setCrop} onZoomChange={setZoom} onCropComplete={onCropComplete} />
      </div>
      <div className="avatar-crop-side">
        <label className="field-label" htmlFor="avatar-zoom">
          Zoom
        </label>
        <input id="avatar-zoom" type="range" min={1} max={3} step={0.05} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} data-testid="avatar-zoom" />
        <span className="muted small">Preview</span>
        {preview ? <img className="avatar" src={preview} alt="Cropped avatar preview" width={96} height={96} data-testid="avatar-crop-preview" /> : <div className="avatar avatar-blank" />}
      </div>
    </div>
  );
}
