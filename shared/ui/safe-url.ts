/**
 * Credential content is hostile (design.md rule 5): a link is shown only when it is https, an
 * image only when it is https or a data: URL of an image type (badge images are often inline
 * PNG or SVG; an <img> never runs an SVG's scripts, and browsers refuse to open data: URLs as pages).
 */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;
const MAX_DATA_IMAGE = 1024 * 1024;

export function safeLink(value: unknown): string | null {
  if(typeof value !== 'string') {
    return null;
  }
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

export function safeImage(value: unknown): string | null {
  if(typeof value !== 'string') {
    return null;
  }
  const trimmed = value.trim();
  if(trimmed.toLowerCase().startsWith('data:')) {
    return trimmed.length <= MAX_DATA_IMAGE && DATA_IMAGE.test(trimmed) ? trimmed : null;
  }
  return safeLink(trimmed);
}
