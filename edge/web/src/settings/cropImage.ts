// Cuts the chosen square out of a picture with a canvas, for the avatar upload. The picture is
// a data: URL (the page's policy allows data: images, not blob: ones), so the canvas is never
// tainted and can be read back.

/** A rectangle in the picture's own pixels, as the cropper reports it. */
export interface PixelArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest side sent: the server makes 256×256 of it, so more is only upload weight. */
export const OUTPUT_SIDE = 512;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The picture could not be read.'));
    img.src = src;
  });
}

/** `area` of the picture at `src` as a square PNG data: URL of at most OUTPUT_SIDE pixels. */
export async function cropToSquare(src: string, area: PixelArea): Promise<string> {
  const img = await loadImage(src);
  const side = Math.max(1, Math.min(OUTPUT_SIDE, Math.round(Math.max(area.width, area.height))));
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot crop pictures.');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(img, area.x, area.y, area.width, area.height, 0, 0, side, side);
  // PNG keeps transparency; the server re-encodes whatever it gets.
  return canvas.toDataURL('image/png');
}
